// Issue 10, item 6: the article's lock, as a save meets it. A lock whose holder is gone is broken
// and the save goes through; a live holder makes the save wait, then refuse with who holds it and
// nothing changed; a writer whose lock was taken over while it waited on the disk writes nothing.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/serialize';
import type { ArticleFile } from '../../../electron/library/article-files';
import { lockArticle } from '../../../electron/library/article-lock';
import { nodeFileSystem, type FileSystem } from '../../../electron/library/file-system';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

const FILE = 'city-budget.byline.json';
const LOCK = `.${FILE}.lock`;

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
  await library.write(FILE, serializeArticle(article()));
});
afterEach(() => library.remove());

/** A process id that was in use a moment ago and is not any more. */
function finishedPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

async function writeLock(holder: { pid: number; host: string }, minutesAgo = 0): Promise<void> {
  const path = join(library.folder, LOCK);
  await writeFile(path, JSON.stringify({ ...holder, at: new Date().toISOString(), token: 'someone-else' }));
  const then = new Date(Date.now() - minutesAgo * 60_000);
  await utimes(path, then, then);
}

async function saveDeck(store = library.store(), deck = 'Seven votes to two.') {
  const opened = await store.open('article-0001');
  return store.save({ ...opened.article, deck }, opened.revision);
}

describe('the lock beside an article', () => {
  it('left by a process of this computer that no longer runs is broken at once, and the save goes through', async () => {
    await writeLock({ pid: finishedPid(), host: hostname() });
    await saveDeck();
    expect(await library.json(FILE)).toMatchObject({ deck: 'Seven votes to two.' });
    // No lock left behind, none set aside: only the article and its history.
    expect((await readdir(library.folder)).sort()).toEqual([`.${FILE}.history`, FILE]);
  });

  it('older than the stale bound is broken whoever holds it, another computer too', async () => {
    await writeLock({ pid: process.pid, host: 'desk-laptop-7' }, 2);
    await saveDeck();
    expect(await library.json(FILE)).toMatchObject({ deck: 'Seven votes to two.' });
    // No lock left behind, none set aside: only the article and its history.
    expect((await readdir(library.folder)).sort()).toEqual([`.${FILE}.history`, FILE]);
  });

  it('that names no holder a few seconds on (its writer was killed between creating and writing it) is broken, and the save goes through', async () => {
    const path = join(library.folder, LOCK);
    await writeFile(path, '');
    const then = new Date(Date.now() - 5_000);
    await utimes(path, then, then);
    await saveDeck();
    expect(await library.json(FILE)).toMatchObject({ deck: 'Seven votes to two.' });
  });

  it('held by a live process makes a save wait, then refuse with who holds it; nothing on disk changes', async () => {
    await writeLock({ pid: process.pid, host: hostname() });
    const before = await library.bytes(FILE);
    const lockBefore = await readFile(join(library.folder, LOCK), 'utf8');
    await expect(saveDeck(library.store({ lock: { waitMs: 300 } }))).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringMatching(
        new RegExp(
          `"${FILE}" is being written by process ${process.pid} on this computer, .* still busy after 0.3 s\\. Nothing was changed`,
        ),
      ),
    });
    expect((await library.bytes(FILE)).equals(before)).toBe(true);
    expect(await readFile(join(library.folder, LOCK), 'utf8')).toBe(lockBefore);
  });

  it('released while a save waits lets that save go through', async () => {
    const held = await lockArticle(join(library.folder, FILE));
    const saving = saveDeck();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await library.json(FILE)).deck).toBe('');
    await held.release();
    await saving;
    expect(await library.json(FILE)).toMatchObject({ deck: 'Seven votes to two.' });
  });

  it('taken over while a save waits on the disk stops that save before it replaces the file', async () => {
    let releaseDisk = () => undefined as void;
    const diskWaits = new Promise<void>((resolve) => (releaseDisk = resolve));
    let writing = () => undefined as void;
    const startedWriting = new Promise<void>((resolve) => (writing = resolve));
    // A disk that holds the temp file's write until the test lets it go.
    const slowDisk: FileSystem = {
      ...nodeFileSystem,
      async open(path, flags) {
        if (flags === 'wx' && path.endsWith('.tmp')) {
          writing();
          await diskWaits;
        }
        return nodeFileSystem.open(path, flags);
      },
    };
    const before = await library.bytes(FILE);
    const saving = saveDeck(library.store({ fs: slowDisk })).catch((error: unknown) => error);
    await startedWriting;
    // Meanwhile another writer judged the lock stale, broke it and took it.
    await writeFile(
      join(library.folder, LOCK),
      JSON.stringify({ pid: 1, host: 'desk-laptop-7', at: new Date().toISOString(), token: 'the-other-writer' }),
    );
    releaseDisk();
    expect(await saving).toMatchObject({
      code: 'IO',
      message: expect.stringMatching(/was not saved: another program took it over/),
    });
    expect((await library.bytes(FILE)).equals(before)).toBe(true);
    // Its lock is the other writer's: left alone. And no temp file is left behind.
    expect((await readdir(library.folder)).sort()).toEqual([LOCK, FILE].sort());
  });

  it('released by a writer that renamed the article leaves a waiting stamp nothing to write: it says so and creates nothing', async () => {
    const held = await lockArticle(join(library.folder, FILE));
    const change = (read: ArticleFile) => {
      if (!read.ok) throw new Error(read.problem.message);
      return { ...read.article, deck: 'Stamped.' };
    };
    const stamping = library
      .store()
      .rewrite(FILE, change)
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await rename(join(library.folder, FILE), join(library.folder, 'city-budget-vote.byline.json'));
    await held.release();
    expect(await stamping).toMatchObject({
      code: 'NOT_FOUND',
      message: `"${FILE}" is no longer there: another program moved or deleted it. Nothing was written.`,
    });
    expect(await readdir(library.folder)).toEqual(['city-budget-vote.byline.json']);
  });
});
