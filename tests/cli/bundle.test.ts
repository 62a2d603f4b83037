// The bundle npm ci builds, built afresh here so the test does not depend on the one installed:
// `byline import` reads in the bundled import worker (its TypeScript source is not reachable from
// there, so an import that works proves it), and `list` reaches none of what other commands load.
import { mkdtempSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../cli/build-bundle.mjs';
import { SEED } from '../core/import/fixtures';
import { runByline } from './fixtures/run-byline';

// Inside node_modules, as the installed bundle is, so it finds the packages it leaves out.
const bundle = new URL(`../../node_modules/.cache/byline-cli-test-${process.pid}/`, import.meta.url);
let metafile: Metafile;

beforeAll(async () => {
  ({ metafile } = await buildBundle(bundle));
}, 120_000);
afterAll(() => rm(fileURLToPath(bundle), { recursive: true, force: true }));

const folder = () => mkdtempSync(join(tmpdir(), 'byline-bundle-'));

/** Our source files and the packages that `output` loads before its code runs: its own and its static imports'. */
function loadedWith(output: string): { sources: Set<string>; packages: Set<string> } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const visit = (name: string, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    const { inputs, imports } = metafile.outputs[name]!;
    for (const input of Object.keys(inputs)) sources.add(input);
    for (const { path, kind, external } of imports) {
      if (kind !== 'import-statement') continue;
      if (external) packages.add(path);
      else visit(path, seen);
    }
  };
  visit(output, new Set());
  return { sources, packages };
}

function outputOf(source: string): string {
  const name = Object.keys(metafile.outputs).find((output) => metafile.outputs[output]!.entryPoint === source);
  if (name === undefined) throw new Error(`no output starts at ${source}`);
  return name;
}

describe('the command line as bundled', () => {
  it('imports the seed through the bundled import worker and prints {"id","path"}', async () => {
    const into = folder();

    const { code, json, stderr } = await runByline<{ id: string; path: string }>(
      ['import', resolve(`${SEED}.txt`), '--into', into, '--tz', 'Asia/Kabul'],
      { bundle },
    );

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(json?.path).toBe(join(into, 'we-will-only-leave-when-the-time-is-right-stoltenberg.byline.json'));
    // The article, and its history beside it started with the import.
    expect(readdirSync(into).sort()).toEqual([
      '.we-will-only-leave-when-the-time-is-right-stoltenberg.byline.json.history',
      'we-will-only-leave-when-the-time-is-right-stoltenberg.byline.json',
    ]);
  });

  it('lists an empty folder as []', async () => {
    const { code, stdout } = await runByline(['list', folder()], { bundle });

    expect({ code, stdout }).toEqual({ code: 0, stdout: '[]\n' });
  });

  it('loads for `list` neither jsdom, mammoth nor Readability, nor the exporter, the stamps or the import', () => {
    const start = loadedWith(outputOf('cli/byline.ts'));
    const list = loadedWith(outputOf('cli/commands/list.ts'));
    const sources = [...start.sources, ...list.sources];

    expect([...start.packages, ...list.packages].filter((name) => !name.startsWith('node:'))).toEqual([]);
    expect(sources).toContain('electron/library/index/library-index.ts');
    expect(sources.filter((source) => /^(core\/export|core\/stamps|electron\/library\/import)\//.test(source))).toEqual(
      [],
    );
  });

  it('loads at start only the table, the parser and the help, so --help and --version wait for nothing', () => {
    const { sources } = loadedWith(outputOf('cli/byline.ts'));

    expect([...sources].filter((source) => source.startsWith('node_modules/'))).toEqual([]);
    expect([...sources].filter((source) => source.startsWith('cli/commands/'))).toEqual([]);
  });
});
