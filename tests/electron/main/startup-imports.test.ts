// The app starts without loading jsdom, Readability or mammoth (issue 10, item 5): they cost about
// 470 ms and 106 MB before the window appeared, and only an import needs them. The main bundle is
// built into a temporary folder and everything index.js loads as it starts (its static imports,
// and theirs) is read; the import worker, which does need them, is read the same way to show the
// reading finds them where they are.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const IMPORT_LIBRARIES = ['jsdom', '@mozilla/readability', 'mammoth'];
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'byline-startup-'));
  await new Promise<void>((done, fail) => {
    execFile(
      resolve('node_modules/.bin/electron-vite'),
      ['build', '--outDir', out, '--logLevel', 'error'],
      { timeout: 180_000 },
      (error, _stdout, stderr) => (error ? fail(new Error(`The build failed: ${stderr || error.message}`)) : done()),
    );
  });
}, 200_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

// `import … from "x"`, `import "x"` and `export … from "x"` at the start of a line: what a module
// loads before it runs. `import("x")` is loaded only when that code runs, so it is not matched.
const STATIC_IMPORT = /^\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/gm;

/** Every package a bundle file loads before it runs, following the bundle's own files it loads. */
function loadedAtStart(entry: string, dynamicToo = false): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(STATIC_IMPORT)].map((found) => found[1]!);
    if (dynamicToo)
      specifiers.push(...[...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((found) => found[1]!));
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return packages;
}

describe('the main bundle at start-up', () => {
  it('loads neither jsdom, Readability nor mammoth', () => {
    const loaded = loadedAtStart(join(out, 'main', 'index.js'));

    expect(loaded).toContain('electron');
    for (const library of IMPORT_LIBRARIES) expect(loaded, library).not.toContain(library);
  });

  it('leaves them to the import worker, built beside it, which loads them when a file needs them', () => {
    expect(readFileSync(join(out, 'main', 'index.js'), 'utf8')).toContain('import-worker.js');
    const worker = loadedAtStart(join(out, 'main', 'import-worker.js'), true);

    for (const library of IMPORT_LIBRARIES) expect(worker, library).toContain(library);
  });
});
