import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/start.mjs');
let project: string;

// A copy of the project's layout with stand-ins for Electron's install step, electron-vite and the binary.
function fakeProject(options: { install: string; binaryInstalled: boolean }) {
  mkdirSync(join(project, 'scripts'));
  copyFileSync(script, join(project, 'scripts', 'start.mjs'));
  const electron = join(project, 'node_modules', 'electron');
  mkdirSync(join(electron, 'dist'), { recursive: true });
  writeFileSync(join(electron, 'install.js'), options.install);
  if (options.binaryInstalled) {
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(
      join(electron, 'dist', 'electron'),
      `#!/bin/sh\necho "started with $*" > "${join(project, 'started.txt')}"\n`,
    );
    chmodSync(join(electron, 'dist', 'electron'), 0o755);
  }
  mkdirSync(join(project, 'node_modules', 'electron-vite', 'bin'), { recursive: true });
  writeFileSync(
    join(project, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    `require('fs').writeFileSync(${JSON.stringify(join(project, 'built.txt'))}, process.argv.slice(2).join(' '));\n`,
  );
}

function start(env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(project, 'scripts', 'start.mjs')],
      { env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'byline-start-'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('npm start', () => {
  it('says in one sentence that the runtime could not be downloaded, without a stack trace', async () => {
    // What Electron's install step does without access to its download host.
    fakeProject({
      install: "console.error(new Error('getaddrinfo ENOTFOUND github.com').stack); process.exit(1);\n",
      binaryInstalled: false,
    });
    const result = await start();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Byline could not download the Electron runtime (no access to its download host); connect to the internet and run npm start again.',
    );
    expect(result.stderr).not.toContain('ENOTFOUND');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('fetches the runtime when it is missing, then builds and starts the app', async () => {
    fakeProject({
      // A successful install writes path.txt and the binary, as Electron's does. It must run even
      // though the caller's shell asked to skip the download.
      install: `const fs = require('fs');
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
fs.writeFileSync('path.txt', 'electron');
fs.writeFileSync('dist/electron', '#!/bin/sh\\necho "started with $*" > ${JSON.stringify(join(project, 'started.txt'))}\\n', { mode: 0o755 });
`,
      binaryInstalled: false,
    });
    const result = await start();
    expect(result.code).toBe(0);
    expect(readFileSync(join(project, 'built.txt'), 'utf8')).toBe('build');
    expect(readFileSync(join(project, 'started.txt'), 'utf8').trim()).toBe('started with .');
  });

  it('skips the download when the runtime is there', async () => {
    fakeProject({
      install: "require('fs').writeFileSync('install-ran', ''); process.exit(1);\n",
      binaryInstalled: true,
    });
    const result = await start();
    expect(result.code).toBe(0);
    expect(readFileSync(join(project, 'started.txt'), 'utf8').trim()).toBe('started with .');
  });

  it('starts the app without a dev-server address left in the shell, so no other page is loaded in its place', async () => {
    fakeProject({ install: 'process.exit(1);\n', binaryInstalled: true });
    // The stand-in binary writes down the address it was given, if any.
    writeFileSync(
      join(project, 'node_modules', 'electron', 'dist', 'electron'),
      `#!/bin/sh\necho "renderer url: [$ELECTRON_RENDERER_URL]" > "${join(project, 'started.txt')}"\n`,
    );

    const result = await start({ ELECTRON_RENDERER_URL: 'https://attacker.example/' });

    expect(result.code).toBe(0);
    expect(readFileSync(join(project, 'started.txt'), 'utf8').trim()).toBe('renderer url: []');
  });
});
