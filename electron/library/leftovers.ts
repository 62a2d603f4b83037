// Hidden files a writer leaves in the library when it is killed mid-save: the temp file of an
// atomic write, `.<name>.<12 hex digits>.tmp`, as large as the article it was about to become; its
// lock, `.<name>.lock`; a stale lock moved aside to be broken, `.<name>.lock.<12 hex>.stale`.
// Nobody reads them once their writer is gone, and in a sync folder they travel to every
// colleague. An article's temp files go at its next save (its lock held, so no writer of that
// article is in flight); every leftover older than LEFTOVER_AGE_MS goes when the library opens.
import { isArticleFileName } from '../../core/article/format';
import type { FileSystem } from './file-system';
import { libraryPath } from './library-paths';

/** Old enough that no save anywhere is still writing it: a save takes seconds at the very most. */
export const LEFTOVER_AGE_MS = 5 * 60_000;

const TEMP = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;
const LOCK = /^\.(.+)\.lock(?:\.[0-9a-f]{12}\.stale)?$/;

/** The article file a leftover belongs to, or null when the name is not one of ours. */
function leftoverOf(name: string): { article: string; temp: boolean } | null {
  const temp = TEMP.exec(name)?.[1];
  if (temp !== undefined && isArticleFileName(temp)) return { article: temp, temp: true };
  const lock = LOCK.exec(name)?.[1];
  if (lock !== undefined && isArticleFileName(lock)) return { article: lock, temp: false };
  return null;
}

/** Removes the temp files of `file`; called holding its lock. Returns how many went. */
export async function removeArticleTemps(fs: FileSystem, folder: string, file: string): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    const leftover = leftoverOf(name);
    if (!leftover?.temp || leftover.article !== file) continue;
    await fs.unlink(libraryPath(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** Removes every leftover last changed more than `olderThanMs` ago. Returns how many went. */
export async function sweepLeftovers(
  fs: FileSystem,
  folder: string,
  olderThanMs = LEFTOVER_AGE_MS,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    if (!leftoverOf(name)) continue;
    const path = libraryPath(folder, name);
    const info = await fs.lstat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs <= olderThanMs) continue;
    await fs.unlink(path).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
