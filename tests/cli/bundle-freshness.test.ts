// The launcher runs the bundle only while every file it was built from is as it was then; after a
// developer's edit it runs the sources, so nobody ever runs code older than what they are reading.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, staleness, stampOf } from '../../cli/bundle.mjs';

/** A source tree of two files and a bundle whose manifest records them as they are now. */
function builtProject(): { root: string; bundle: URL } {
  const root = mkdtempSync(join(tmpdir(), 'byline-freshness-'));
  mkdirSync(join(root, 'cli'));
  writeFileSync(join(root, 'cli/byline.ts'), 'export const answer = 42;\n');
  writeFileSync(join(root, 'package.json'), '{"version": "0.1.0"}\n');
  const bundleDir = join(root, 'bundle');
  mkdirSync(bundleDir);
  const inputs = Object.fromEntries(['cli/byline.ts', 'package.json'].map((file) => [file, stampOf(file, root)]));
  writeFileSync(join(bundleDir, MANIFEST_NAME), JSON.stringify({ inputs }));
  return { root, bundle: pathToFileURL(`${bundleDir}/`) };
}

describe('whether the bundle may run', () => {
  it('runs while every source is as it was built', () => {
    const { root, bundle } = builtProject();

    expect(staleness(bundle, root)).toBeNull();
  });

  it('runs the sources after an edit, naming the file edited', () => {
    const { root, bundle } = builtProject();
    appendFileSync(join(root, 'cli/byline.ts'), 'export const question = 6 * 7;\n');

    expect(staleness(bundle, root)).toBe('cli/byline.ts changed after it was built');
  });

  it('sees an edit that keeps the size, by its time', () => {
    const { root, bundle } = builtProject();
    writeFileSync(join(root, 'cli/byline.ts'), 'export const answer = 43;\n');
    utimesSync(join(root, 'cli/byline.ts'), new Date(), new Date(Date.now() + 5000));

    expect(staleness(bundle, root)).toBe('cli/byline.ts changed after it was built');
  });

  it('runs the sources when a file it was built from is gone', () => {
    const { root, bundle } = builtProject();
    rmSync(join(root, 'package.json'));

    expect(staleness(bundle, root)).toBe('package.json changed after it was built');
  });

  it('runs the sources when there is no bundle', () => {
    const { root, bundle } = builtProject();
    rmSync(new URL(MANIFEST_NAME, bundle));

    expect(staleness(bundle, root)).toBe('it has not been built');
  });
});
