// A file dropped on the window is imported from where it is on disk, as File › Import… does: one
// size limit for both, said in the same sentence, and main reads only a regular file, whatever
// path reaches it.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../core/import/import-size';
import { dispatch, type Handlers } from '../../../core/ipc/dispatch';
import { defaultSettings } from '../../../core/settings/settings';
import { createImportHandlers } from '../../../electron/services/import-handlers';
import type { ArticleStore, ExchangeServices, LibraryIndex } from '../../../electron/services/services';

let root: string;
let chosen: string | null;
let written: number;
let handlers: Pick<Handlers, 'importArticle' | 'importDroppedFile'>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'byline-drop-'));
  chosen = null;
  written = 0;
  // Every file here is refused: the store must never be asked to write.
  const store = { createFrom: async () => void written++ } as unknown as ArticleStore;
  const index = { touched: () => undefined } as unknown as LibraryIndex;
  const exchange = { host: { chooseImportFile: async () => chosen } } as unknown as ExchangeServices;
  handlers = createImportHandlers({
    settings: { get: () => defaultSettings('Europe/Brussels'), update: () => defaultSettings('Europe/Brussels') },
    exchange,
    library: () => ({ store, index }),
  });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const drop = (path: string) => dispatch(handlers as Handlers, 'importDroppedFile', { path });
const chooseInDialog = (path: string) => {
  chosen = path;
  return dispatch(handlers as Handlers, 'importArticle', {});
};

/** A file of `size` bytes that takes no room on disk. */
async function sparse(name: string, size: number): Promise<string> {
  const path = join(root, name);
  await writeFile(path, '');
  await truncate(path, size);
  return path;
}

describe('one size limit for a drop and File › Import…', () => {
  it('refuses a file one byte over 50 MB in the same sentence either way, before reading it', async () => {
    const big = await sparse('big.txt', MAX_IMPORT_BYTES + 1);
    const sentence = '"big.txt" cannot be imported: it is larger than 50 MB, the most Byline imports.';
    expect(await drop(big)).toEqual({ ok: false, error: { code: 'UNREADABLE', message: sentence } });
    expect(await chooseInDialog(big)).toEqual({ ok: false, error: { code: 'UNREADABLE', message: sentence } });
    expect(written).toBe(0);
  });

  it('reads a dropped file over the old 16 MB limit: it is refused for what it holds, not for its size', async () => {
    const zeros = await sparse('zeros.txt', 17 * 1024 * 1024);
    expect(await drop(zeros)).toEqual({
      ok: false,
      error: {
        code: 'UNREADABLE',
        message: '"zeros.txt" cannot be imported: it holds binary data, not text, HTML or a Word document.',
      },
    });
  });
});

describe('main reads only a regular file from a dropped path', () => {
  it('refuses a folder named like a file, a missing file and an empty one', async () => {
    await mkdir(join(root, 'folder.txt'));
    expect(await drop(join(root, 'folder.txt'))).toMatchObject({
      error: { message: '"folder.txt" cannot be imported: it is a folder or a device, not a file.' },
    });
    expect(await drop(join(root, 'gone.txt'))).toMatchObject({
      error: { message: '"gone.txt" cannot be imported: there is no such file.' },
    });
    await writeFile(join(root, 'empty.txt'), '');
    expect(await drop(join(root, 'empty.txt'))).toMatchObject({
      error: { message: '"empty.txt" cannot be imported: the file is empty.' },
    });
    expect(written).toBe(0);
  });

  it('refuses a named pipe at once rather than waiting on it', async () => {
    const pipe = join(root, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const started = performance.now();
    expect(await drop(pipe)).toMatchObject({
      error: { message: '"pipe.txt" cannot be imported: it is a folder or a device, not a file.' },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes no relative path and no other kind of file, whatever the page sends', async () => {
    await writeFile(join(root, 'story.pdf'), 'not a story');
    expect(await drop('story.txt')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await drop(join(root, 'story.pdf'))).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(await dispatch(handlers as Handlers, 'importDroppedFile', { name: 'a.txt', base64: 'YQ==' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS' },
    });
  });
});
