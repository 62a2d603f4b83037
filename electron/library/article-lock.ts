// One writer at a time per article file, across processes: the app, the command line, a second
// window of the app over the same folder. Each writer reads the file, compares it with what it
// expects and writes its version while holding the article's lock, so two writers can never both
// succeed on the same version (the later would undo the earlier without anyone knowing).
//
// The lock is a hidden file beside the article, `.<name>.lock`, created exclusively (it fails when
// the file exists) and holding who took it: {"pid","host","at","token"}. It is stale when its
// holder is a process on this machine that no longer runs, or when it is older than LOCK_STALE_MS
// (a holder on another machine, or a pid taken over by another program): no save holds it for
// more than a few seconds. A stale lock is broken by renaming it aside and checking that what was
// moved is the lock judged stale; if another writer had replaced it in between, theirs is put
// back. A writer that finds the lock held waits, with growing pauses, up to LOCK_WAIT_MS, then
// refuses with IO and a sentence saying who holds it; nothing on disk has changed by then.
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { copyFile, open, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BylineError } from '../../core/ipc/errors';
import { diskReason } from './disk-errors';
import { errorCode } from './file-system';

export const LOCK_WAIT_MS = 5_000;
export const LOCK_STALE_MS = 30_000;
/**
 * A lock file is written in the same call that creates it, so one that still names no holder after
 * this long was left by a writer killed in between: abandoned, not being written.
 */
export const UNWRITTEN_LOCK_MS = 2_000;
const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 100;
const MAX_LOCK_FILE_BYTES = 4096;

export interface LockOptions {
  /** How long to wait for a held lock before refusing. */
  waitMs?: number;
  /** How old a lock must be to count as abandoned whoever holds it. */
  staleMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  at: string;
  token: string;
}

/** What the lock file said when looked at: its holder (null when unreadable) and which file it was. */
interface Seen {
  holder: Holder | null;
  ino: number;
  mtimeMs: number;
}

/** `.city-budget.byline.json.lock` beside `city-budget.byline.json`. */
export function lockPathFor(articlePath: string): string {
  return join(dirname(articlePath), `.${basename(articlePath)}.lock`);
}

export class ArticleLock {
  constructor(
    readonly path: string,
    private readonly token: string,
  ) {}

  /** Whether the lock file is still ours: checked just before the article is replaced. */
  async stillHeld(): Promise<boolean> {
    return (await look(this.path))?.holder?.token === this.token;
  }

  async release(): Promise<void> {
    // Only our own: had ours been broken as stale, the file now belongs to someone else.
    if (await this.stillHeld()) await unlink(this.path).catch(() => undefined);
  }
}

/**
 * Takes the lock of the article at `articlePath` (through a symlink, the lock goes beside the file
 * it leads to, so every path to one file shares one lock), waiting while another writer holds it.
 */
export async function lockArticle(articlePath: string, options: LockOptions = {}): Promise<ArticleLock> {
  const real = await realpath(articlePath).catch(() => articlePath);
  const path = lockPathFor(real);
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const token = randomBytes(8).toString('hex');
  const started = Date.now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    const holder: Holder = { pid: process.pid, host: hostname(), at: new Date().toISOString(), token };
    if (await tryCreate(path, holder, articlePath)) return new ArticleLock(path, token);
    const seen = await look(path);
    const waited = Date.now() - started >= waitMs;
    // Released between our attempt and our look: try again at once.
    if (seen === null && !waited) continue;
    if (seen !== null && isStale(seen, staleMs)) {
      await breakStale(path, seen);
      continue;
    }
    if (waited) throw busy(articlePath, seen?.holder ?? null, waitMs);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}

/** Runs `task` holding the article's lock, and lets go of it however the task ends. */
export async function withArticleLock<T>(
  articlePath: string,
  task: (lock: ArticleLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = await lockArticle(articlePath, options);
  try {
    return await task(lock);
  } finally {
    await lock.release();
  }
}

async function tryCreate(path: string, holder: Holder, articlePath: string): Promise<boolean> {
  try {
    // 'wx': exclusive create, on every file system including network shares.
    await writeFile(path, JSON.stringify(holder), { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new BylineError(
      'IO',
      `Could not lock "${basename(articlePath)}" for writing: ${diskReason(error)}. Nothing was changed.`,
    );
  }
}

/** The lock file as it is now, or null when there is none. */
async function look(path: string): Promise<Seen | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info: Stats = await handle.stat();
    if (!info.isFile() || info.size > MAX_LOCK_FILE_BYTES)
      return { holder: null, ino: info.ino, mtimeMs: info.mtimeMs };
    return { holder: holderIn(await handle.readFile('utf8')), ino: info.ino, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  } finally {
    await handle?.close();
  }
}

function holderIn(text: string): Holder | null {
  try {
    const json = JSON.parse(text) as Partial<Holder> | null;
    if (
      typeof json?.pid === 'number' &&
      typeof json.host === 'string' &&
      typeof json.at === 'string' &&
      typeof json.token === 'string'
    )
      return json as Holder;
  } catch {
    // Being written this very moment, or damaged: judged by its age alone.
  }
  return null;
}

function isStale({ holder, mtimeMs }: Seen, staleMs: number): boolean {
  if (holder && holder.host === hostname() && !isRunning(holder.pid)) return true;
  const age = Date.now() - mtimeMs;
  return age > staleMs || (holder === null && age > Math.min(UNWRITTEN_LOCK_MS, staleMs));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Moves the stale lock aside and checks it is the one judged stale. If another writer broke it
 * and took the lock in between, the file moved is theirs: it goes back (exclusively), and should
 * that fail, they find out before writing (ArticleLock.stillHeld) and write nothing.
 */
async function breakStale(path: string, seen: Seen): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw new BylineError(
      'IO',
      `Could not clear an abandoned lock beside "${basename(path)}": ${diskReason(error)}. Nothing was changed.`,
    );
  }
  const moved = await look(aside).catch(() => null);
  if (moved && moved.ino !== seen.ino) await copyFile(aside, path, constants.COPYFILE_EXCL).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function busy(articlePath: string, holder: Holder | null, waitMs: number): BylineError {
  const who = holder
    ? `process ${holder.pid} on ${holder.host === hostname() ? 'this computer' : holder.host}, since ${holder.at}`
    : 'another program';
  return new BylineError(
    'IO',
    `"${basename(articlePath)}" is being written by ${who}, and was still busy after ${waitMs / 1000} s. Nothing was changed: try again in a moment.`,
  );
}
