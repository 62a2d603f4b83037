// The `byline://app/…` protocol: serves the built renderer and nothing else, with the CSP header.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { withContentSecurityPolicy } from './csp';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** How the scheme must be registered before `ready` (Electron's `protocol.registerSchemesAsPrivileged`). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

function respond(
  status: number,
  body: string | Uint8Array<ArrayBuffer>,
  contentType = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: withContentSecurityPolicy({
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    }),
  });
}

/** The file under `root` a request names, or null when it would leave `root`. */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** Builds the handler for `protocol.handle(APP_SCHEME, …)` over the built renderer folder. */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveAppFile(root, request.url);
    if (!file) return respond(403, 'Forbidden');
    try {
      // A symlink inside the build could still point outside it: compare real paths.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
      const inside = relative(realRoot, realFile);
      if (inside.startsWith(`..${sep}`) || isAbsolute(inside)) return respond(403, 'Forbidden');
      if (!(await stat(realFile)).isFile()) return respond(404, 'Not found');
      const body = new Uint8Array(await readFile(realFile));
      return respond(
        200,
        request.method === 'HEAD' ? new Uint8Array() : body,
        CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      );
    } catch {
      return respond(404, 'Not found');
    }
  };
}
