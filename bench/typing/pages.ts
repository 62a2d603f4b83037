// The two pages under test: the app's production renderer (built by electron-vite into
// out/renderer) and the bare TipTap baseline (built by Vite into a temporary folder), each
// served on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { build } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface ServedPage {
  url: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<ServedPage> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = join(root, normalize(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (bytes) =>
        response
          .writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** Builds the app's renderer for production, unless told to reuse the build already in out/renderer. */
export function buildAppRenderer(reuse: boolean): string {
  const folder = resolve('out/renderer');
  if (reuse) return folder;
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`electron-vite build failed:\n${built.stderr}`);
  return folder;
}

export async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'byline-bench-baseline-'));
  await build({
    root: resolve('bench/typing/baseline'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
