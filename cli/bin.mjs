#!/usr/bin/env node
// The `byline` command. It runs the bundle npm ci built (build-bundle.mjs), which starts in a
// fraction of the time tsx takes to compile the TypeScript. When the bundle is missing, or any file
// it was built from has changed since (a developer's edit, a pull), it runs the sources through
// tsx instead: slower, never stale. At a terminal it says so, with the way to rebuild.
import { BUNDLE_DIR, runBundle, staleness } from './bundle.mjs';

const argv = process.argv.slice(2);
const stale = staleness();
if (stale === null) await runBundle(BUNDLE_DIR, argv);
else {
  if (process.stderr.isTTY)
    process.stderr.write(
      `byline: running the sources through tsx, since the bundle is out of date (${stale}); npm run prepare rebuilds it.\n`,
    );
  const { register } = await import('tsx/esm/api');
  register();
  const { runCommandLine } = await import('./byline.ts');
  await runCommandLine(argv, {});
}
