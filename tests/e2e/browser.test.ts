// Which browser the end-to-end tests drive: the order the README promises, so a fresh machine
// with nothing installed still runs them and BYLINE_BROWSER points them anywhere else.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lookUpBrowser, systemBrowser } from './harness/browser';

const folder = mkdtempSync(join(tmpdir(), 'byline-browser-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function program(name: string, executable = true): string {
  const path = join(folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}

describe('the end-to-end tests’ browser', () => {
  it('is the program BYLINE_BROWSER names, whatever else is installed', async () => {
    const named = program('my-chrome');
    expect(await lookUpBrowser({ BYLINE_BROWSER: named, PATH: folder })).toEqual({
      executablePath: named,
      origin: 'BYLINE_BROWSER',
    });
  });

  it('refuses a BYLINE_BROWSER that cannot be run, saying how to fall back', async () => {
    const text = program('notes.txt', false);
    await expect(lookUpBrowser({ BYLINE_BROWSER: text })).rejects.toThrow(/not a program that can be run; unset it/);
  });

  it('finds a Chromium installed on the PATH', () => {
    const bin = mkdtempSync(join(folder, 'bin-'));
    const chromium = join(bin, 'chromium');
    writeFileSync(chromium, '#!/bin/sh\n');
    chmodSync(chromium, 0o755);
    expect(systemBrowser(`${join(folder, 'empty')}:${bin}`)).toBe(chromium);
  });

  it('is the registry’s Chromium when BYLINE_BROWSER says bundled, even with a system one on the PATH', async () => {
    const bin = mkdtempSync(join(folder, 'bin-'));
    writeFileSync(join(bin, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(bin, 'chromium'), 0o755);
    const found = await lookUpBrowser({ BYLINE_BROWSER: 'bundled', PATH: bin });
    expect(found.origin).toBe('bundled');
    expect(found.executablePath).not.toBe(join(bin, 'chromium'));
  });
});
