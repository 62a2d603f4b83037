// `npm run prepare`, which npm ci runs: bundles the command line with esbuild, so `byline` starts
// without compiling TypeScript (tsx takes most of a second per run). Each command stays a chunk of
// its own, loaded only when asked for, and the import worker is an entry of its own, so `byline
// import` reads in a worker thread without tsx too. jsdom, mammoth and Readability stay in
// node_modules: they read files of their own at run time, and only the import worker loads them.
//
// The bundle is built beside its place and moved there whole, with the list of every file it was
// built from (bundle.mjs), so a launcher never sees half a bundle and can tell a stale one.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, MANIFEST_NAME, ROOT, stampOf } from './bundle.mjs';

const NOT_BUNDLED = ['jsdom', 'mammoth', '@mozilla/readability', 'tsx', 'electron'];

/**
 * Builds the bundle into `bundleDir` (a file: URL ending in a slash). Returns how many of our files
 * it was built from, and esbuild's account of what each output file holds and imports.
 */
export async function buildBundle(bundleDir = BUNDLE_DIR) {
  const esbuild = await import('esbuild');
  const target = fileURLToPath(bundleDir).replace(/\/$/, '');
  const building = `${target}.${process.pid}.tmp`;
  const started = Date.now();
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const { metafile } = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { byline: 'cli/byline.ts', 'import-worker': 'electron/library/import/import-worker.ts' },
    outdir: building,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: NOT_BUNDLED,
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  // Our own files only: node_modules changes through npm, which runs this build again, and leaving
  // its files out halves what the launcher checks. A file changed while esbuild read it may be in
  // the bundle as it was before: it is recorded as changed, so the sources run until the next build.
  const builtFrom = [
    ...Object.keys(metafile.inputs).filter((file) => !file.startsWith('node_modules/')),
    'cli/build-bundle.mjs',
    'cli/bundle.mjs',
  ];
  const inputs = Object.fromEntries(
    builtFrom.map((file) => {
      const stamp = stampOf(file);
      return [file, Number(stamp?.split(':')[1]) >= started ? 'changed during the build' : stamp];
    }),
  );
  await writeFile(`${building}/${MANIFEST_NAME}`, JSON.stringify({ inputs }, null, 1));
  await rm(target, { recursive: true, force: true });
  await rename(building, target);
  return { files: builtFrom.length, metafile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const { files } = await buildBundle();
    console.log(`byline: the command line is bundled from ${files} files in ${Date.now() - started} ms.`);
  } catch (error) {
    // An install without dev dependencies has no esbuild: the launcher runs the sources through tsx.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes("'esbuild'")) throw error;
    console.log('byline: esbuild is not installed, so the command line runs its sources through tsx.');
  }
}
