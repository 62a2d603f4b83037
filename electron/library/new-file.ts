// Placing a new article file without ever replacing one: two processes creating "storm-warning"
// at the same moment (two `byline new`, an import and the app) must end with two files. The new
// bytes go to a temp file first (durably, as every save does), then get the target name as a hard
// link, which the system refuses when the name exists; the caller then tries the next free name.
// On a file system without hard links (FAT, exFAT, some network shares) the name's lock is taken
// instead, and the name checked free before the temp file is renamed to it.
import { basename, dirname } from 'node:path';
import { BylineError } from '../../core/ipc/errors';
import { withArticleLock } from './article-lock';
import { renameWithRetries, syncFolder, writeTempFile, type AtomicWriteOptions } from './atomic-write';
import { diskReason } from './disk-errors';
import { ownershipOf } from './file-ownership';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';

/** The name was taken by another file, possibly a moment ago: nothing was written under it. */
export class NameTaken extends Error {
  constructor(readonly target: string) {
    super(`"${basename(target)}" exists already.`);
    this.name = 'NameTaken';
  }
}

// What `link` answers where hard links are not supported, rather than refused for a reason that
// a rename would meet as well.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL']);

export interface NewFileOptions extends AtomicWriteOptions {
  /**
   * The file this one takes over from (an article's old name when its slug changed), whose mode
   * and owner it keeps; without it the new file takes the defaults.
   */
  replaces?: string;
}

/** Writes `bytes` as the new file `target`; throws NameTaken when `target` exists, leaving it alone. */
export async function writeNewFile(target: string, bytes: Uint8Array, options: NewFileOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const kept = options.replaces ? await ownershipOf(fs, options.replaces) : null;
  const temp = await writeTempFile(fs, target, bytes, kept);
  try {
    await placeExclusively(fs, temp, target, options);
  } finally {
    // After a link the temp file is a second name of the new file; after a refusal, nobody's.
    await fs.unlink(temp).catch(() => undefined);
  }
  await syncFolder(fs, dirname(target)).catch((error: unknown) => {
    throw new BylineError(
      'IO',
      `"${basename(target)}" was written but the folder could not be flushed to disk: ${diskReason(error)}.`,
    );
  });
}

async function placeExclusively(
  fs: FileSystem,
  temp: string,
  target: string,
  options: AtomicWriteOptions,
): Promise<void> {
  try {
    await fs.link(temp, target);
    return;
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code === 'EEXIST') throw new NameTaken(target);
    if (!NO_HARD_LINKS.has(code)) throw couldNotSave(target, error);
  }
  await withArticleLock(target, async () => {
    if (await exists(fs, target)) throw new NameTaken(target);
    await renameWithRetries(fs, temp, target, options).catch((error: unknown) => {
      throw couldNotSave(target, error);
    });
  });
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw couldNotSave(path, error);
  }
}

function couldNotSave(target: string, error: unknown): BylineError {
  return new BylineError('IO', `Could not save "${basename(target)}": ${diskReason(error)}. Nothing was written.`);
}
