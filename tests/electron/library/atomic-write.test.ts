// Saving through a disk that refuses: the previous version stays byte-identical and the reporter
// gets an IO error that says what happened (RELIABILITY.md item 2).
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BylineError } from '../../../core/ipc/errors';
import { writeFileAtomic } from '../../../electron/library/atomic-write';
import { failingFileSystem, type Failures } from './fixtures/failing-fs';

const ORIGINAL = new TextEncoder().encode('{"headline":"the version on disk"}\n');
const NEXT = new TextEncoder().encode('{"headline":"the new version, which is longer than the old"}\n');
const FAST_RETRIES = [1, 1, 1, 1, 1];

let folder: string;
let target: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'byline-atomic-'));
  target = join(folder, 'city-budget.byline.json');
  await writeFile(target, ORIGINAL);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<BylineError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BylineError);
  return error as BylineError;
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    await writeFileAtomic(target, NEXT);
    expect(await readFile(target)).toEqual(Buffer.from(NEXT));
    expect(await readdir(folder)).toEqual(['city-budget.byline.json']);
  });

  it('creates the file when there was none', async () => {
    const fresh = join(folder, 'new.byline.json');
    await writeFileAtomic(fresh, NEXT);
    expect(await readFile(fresh)).toEqual(Buffer.from(NEXT));
  });

  const cleanFailures: { name: string; failures: Failures; reason: RegExp }[] = [
    { name: 'a full disk while writing', failures: { write: 'ENOSPC' }, reason: /disk is full \(ENOSPC\)/ },
    { name: 'a full disk on fsync', failures: { fsync: 'ENOSPC' }, reason: /disk is full \(ENOSPC\)/ },
    { name: 'an I/O error on fsync', failures: { fsync: 'EIO' }, reason: /read\/write error \(EIO\)/ },
    { name: 'a rename refused for good (EXDEV)', failures: { rename: { code: 'EXDEV' } }, reason: /EXDEV/ },
  ];
  for (const { name, failures, reason } of cleanFailures) {
    it(`keeps the original byte-identical and cleans up after ${name}`, async () => {
      const error = await failure(
        writeFileAtomic(target, NEXT, { fs: failingFileSystem(failures), retryDelaysMs: FAST_RETRIES }),
      );
      expect(error.code).toBe('IO');
      expect(error.message).toMatch(reason);
      expect(error.message).toMatch(/"city-budget\.byline\.json".*unchanged/);
      expect(await readFile(target)).toEqual(Buffer.from(ORIGINAL));
      expect(await readdir(folder)).toEqual(['city-budget.byline.json']);
    });
  }

  for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
    it(`retries a rename refused with ${code}, then keeps the new version in the temp file it names`, async () => {
      const fs = failingFileSystem({ rename: { code } });
      const error = await failure(writeFileAtomic(target, NEXT, { fs, retryDelaysMs: FAST_RETRIES }));
      expect(fs.renameAttempts).toBe(FAST_RETRIES.length + 1);
      expect(error.code).toBe('IO');
      expect(error.message).toContain(code);
      expect(await readFile(target)).toEqual(Buffer.from(ORIGINAL));
      const temps = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
      expect(temps).toHaveLength(1);
      expect(temps[0]).toMatch(/^\.city-budget\.byline\.json\.[0-9a-f]+\.tmp$/);
      expect(error.message).toContain(join(folder, temps[0]!));
      expect(await readFile(join(folder, temps[0]!))).toEqual(Buffer.from(NEXT));
    });
  }

  it('waits with growing pauses between rename attempts', async () => {
    const waits: number[] = [];
    const fs = failingFileSystem({ rename: { code: 'EBUSY' } });
    await failure(writeFileAtomic(target, NEXT, { fs, sleep: async (ms) => void waits.push(ms) }));
    expect(waits).toEqual([10, 20, 40, 80, 160]);
  });

  it('succeeds when a virus scanner lets go of the file after two refusals', async () => {
    const fs = failingFileSystem({ rename: { code: 'EBUSY', times: 2 } });
    await writeFileAtomic(target, NEXT, { fs, retryDelaysMs: FAST_RETRIES });
    expect(fs.renameAttempts).toBe(3);
    expect(await readFile(target)).toEqual(Buffer.from(NEXT));
    expect(await readdir(folder)).toEqual(['city-budget.byline.json']);
  });

  it('leaves the folder flush to a batch that asks to, and the file is still whole', async () => {
    // A folder that cannot be flushed fails the write unless the caller takes the flush over.
    const fs = failingFileSystem({ folderSync: 'EIO' });
    await expect(writeFileAtomic(target, NEXT, { fs })).rejects.toThrow(/folder could not be flushed/);
    await writeFileAtomic(target, ORIGINAL, { fs, syncFolder: false });
    expect(await readFile(target)).toEqual(Buffer.from(ORIGINAL));
    expect(await readdir(folder)).toEqual(['city-budget.byline.json']);
  });

  it('saves where a folder cannot be fsynced (EPERM on Windows)', async () => {
    await writeFileAtomic(target, NEXT, { fs: failingFileSystem({ folderSync: 'EPERM' }) });
    expect(await readFile(target)).toEqual(Buffer.from(NEXT));
  });
});
