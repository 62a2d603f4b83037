// Durable, atomic replacement of a file (RELIABILITY.md items 1 and 2): temp file in the same
// folder, fsync, rename over the target, fsync the folder. A crash at any moment leaves either
// the old file or the new one, never a truncated or half-written file.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { BylineError } from '../../core/ipc/errors';
import { diskReason } from './disk-errors';
import { applyOwnership, ownershipOf, type Ownership } from './file-ownership';
import { errorCode, nodeFileSystem, type FileSystem, type OpenFile } from './file-system';

export interface AtomicWriteOptions {
  fs?: FileSystem;
  /** Waits before each retry of a refused rename; antivirus scanners and indexers let go within ~0.3 s. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /**
   * False leaves flushing the folder to the caller: a batch writing hundreds of files into one
   * folder flushes it once at the end (`syncFolder`) rather than after every file. Each file is
   * still whole or absent, as its bytes are synced before the rename. Default true.
   */
  syncFolder?: boolean;
  /**
   * Called after the new bytes are safe in the temp file, just before they replace the target;
   * throwing stops the save there (the writer found it no longer holds the article's lock).
   */
  beforeReplace?: () => Promise<void>;
}

export const RENAME_RETRY_DELAYS_MS = [10, 20, 40, 80, 160] as const;

// Windows and some network file systems hold a file briefly after it is written or scanned.
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);
// Folders cannot be fsynced everywhere (Windows, some network mounts); the rename is done by then.
const UNSUPPORTED_FOLDER_SYNC = new Set(['EPERM', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF', 'EACCES']);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The hidden temp file next to `target`, unique per write: `.name.<random>.tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const name = basename(target);
  const temp = await writeTempFile(fs, target, bytes, await ownershipOf(fs, target));

  await options.beforeReplace?.().catch(async (error: unknown) => {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  });
  await renameWithRetries(fs, temp, target, options).catch(async (error: unknown) => {
    if (TRANSIENT_RENAME_ERRORS.has(errorCode(error) ?? '')) {
      // Never fall back to writing the target in place: the new text stays safe in the temp file.
      throw new BylineError(
        'IO',
        `Could not save "${name}": ${diskReason(error)}, even after retrying. The file on disk is unchanged; the new version is kept in ${temp}.`,
      );
    }
    await fs.unlink(temp).catch(() => undefined);
    throw new BylineError('IO', `Could not save "${name}": ${diskReason(error)}. The file on disk is unchanged.`);
  });

  if (options.syncFolder === false) return;
  await syncFolder(fs, dirname(target)).catch((error: unknown) => {
    throw new BylineError(
      'IO',
      `"${name}" was written but the folder could not be flushed to disk: ${diskReason(error)}.`,
    );
  });
}

/**
 * Writes `bytes` durably to a new temp file beside `target` and returns its path; on failure none
 * is left. The temp file takes `kept`'s mode and owner (those of the file it is to replace), or
 * the defaults for a new file.
 */
export async function writeTempFile(
  fs: FileSystem,
  target: string,
  bytes: Uint8Array,
  kept: Ownership | null = null,
): Promise<string> {
  const name = basename(target);
  const temp = tempPathFor(target);
  // Created with the kept mode, so it is never readable by more people than the file it replaces.
  const file = await fs.open(temp, 'wx', kept?.mode).catch((error: unknown) => {
    throw new BylineError('IO', `Could not save "${name}": ${diskReason(error)}. The file on disk is unchanged.`);
  });
  // Before the bytes and their fsync, so the mode and owner are made durable with them.
  if (kept) await applyOwnership(fs, temp, kept);
  await writeDurably(file, bytes).catch(async (error: unknown) => {
    await fs.unlink(temp).catch(() => undefined);
    throw new BylineError('IO', `Could not save "${name}": ${diskReason(error)}. The file on disk is unchanged.`);
  });
  return temp;
}

async function writeDurably(file: OpenFile, bytes: Uint8Array): Promise<void> {
  try {
    await file.write(bytes);
    await file.sync();
  } finally {
    await file.close().catch(() => undefined);
  }
}

export async function renameWithRetries(
  fs: FileSystem,
  from: string,
  to: string,
  options: AtomicWriteOptions,
): Promise<void> {
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_ERRORS.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Removes `path`, retried as a refused rename is while the disk holds the file for a moment; a
 * file already gone counts as removed.
 */
export async function unlinkWithRetries(fs: FileSystem, path: string, options: AtomicWriteOptions): Promise<void> {
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.unlink(path);
      return;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      const delay = delays[attempt];
      if (delay === undefined || !TRANSIENT_RENAME_ERRORS.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/** Flushes a folder's entries (renames into it) to disk, where the platform can. */
export async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!UNSUPPORTED_FOLDER_SYNC.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
