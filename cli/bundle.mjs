// Where the command line's bundle lives, whether it was built from the sources as they are now,
// and how to run it. Shared by the launcher (bin.mjs), the build (build-bundle.mjs), the tests and
// the start-up benchmark.
//
// The bundle sits in node_modules/.cache: npm ci empties node_modules and its prepare step builds
// the bundle again, git, lint and the formatter already skip it, and the app's package never
// carries it. Its files end in .mjs, since no package.json up from there says "type": "module".
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE_DIR = new URL('../node_modules/.cache/byline-cli/', import.meta.url);
/** Every file the bundle was built from, with its size and modification time then. */
export const MANIFEST_NAME = 'inputs.json';

/** A file's size and modification time, or null when it is gone: a changed file has another. */
export function stampOf(file, root = ROOT) {
  const stats = statSync(join(root, file), { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : null;
}

/**
 * Null when the bundle is there and every file it was built from is as it was then; else why not,
 * in a few words. A stat of each of its inputs (about 160) takes a few milliseconds.
 */
export function staleness(bundleDir = BUNDLE_DIR, root = ROOT) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL(MANIFEST_NAME, bundleDir), 'utf8')).inputs;
  } catch {
    return 'it has not been built';
  }
  for (const [file, stamp] of Object.entries(inputs))
    if (stampOf(file, root) !== stamp) return `${file} changed after it was built`;
  return null;
}

/** Runs `byline` from a bundle, its import worker the bundled one, so no TypeScript is compiled. */
export async function runBundle(bundleDir, argv) {
  const { runCommandLine } = await import(new URL('byline.mjs', bundleDir).href);
  await runCommandLine(argv, { importWorker: new URL('import-worker.mjs', bundleDir) });
}
