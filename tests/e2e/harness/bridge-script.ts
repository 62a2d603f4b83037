// The init script that builds `window.byline` in the page as the preload does: bridge-page.ts,
// which runs the preload's own API builder, bundled once for the browser.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export { DELIVER_FUNCTION, INVOKE_BINDING, REGISTER_DROPPED_FUNCTION } from './bridge-names';

let bundled: string | null = null;

export function bridgeScript(): string {
  bundled ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./bridge-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  }).outputFiles[0]!.text;
  return bundled;
}
