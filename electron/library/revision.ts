// What the disk held when an article was last read or written, and the check before a save that
// nobody else has changed it since (RELIABILITY.md item 4).
import { createHash } from 'node:crypto';
import type { Revision } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';

const MAX_REMEMBERED = 64;

/** Hashes the bytes: a sync client can change a file and keep its size and mtime. */
export function revisionOf(bytes: Uint8Array, mtimeMs: number): Revision {
  return { hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, mtimeMs };
}

/**
 * Per file, the revisions this store has handed out and the one it wrote last. A save whose
 * revision is out of date only because an earlier save of ours landed first (the editor saved
 * again before the first answer came back) is not a conflict; a change by anyone else is.
 */
export class RevisionLedger {
  private readonly seen = new Map<string, Set<string>>();
  private readonly written = new Map<string, string>();

  read(file: string, revision: Revision): void {
    this.remember(file, revision.hash);
  }

  wrote(file: string, revision: Revision): void {
    this.remember(file, revision.hash);
    this.written.set(file, revision.hash);
  }

  /** The file was renamed by us: what we knew about it follows it. */
  moved(from: string, to: string): void {
    const seen = this.seen.get(from);
    const written = this.written.get(from);
    this.forget(from);
    if (seen) this.seen.set(to, seen);
    if (written) this.written.set(to, written);
  }

  forget(file: string): void {
    this.seen.delete(file);
    this.written.delete(file);
  }

  /** Throws CONFLICT unless `onDisk` is the caller's revision or our own later write over it. */
  check(file: string, expected: Revision, onDisk: Revision): void {
    if (onDisk.hash === expected.hash && onDisk.size === expected.size) return;
    const ourWrite = this.written.get(file) === onDisk.hash;
    const expectedIsOurs = this.seen.get(file)?.has(expected.hash) ?? false;
    if (ourWrite && expectedIsOurs) return;
    throw changedOnDisk(file);
  }

  private remember(file: string, hash: string): void {
    let hashes = this.seen.get(file);
    if (!hashes) {
      hashes = new Set();
      this.seen.set(file, hashes);
    }
    hashes.add(hash);
    // Autosave runs every few seconds all day; only recent revisions can still be in flight.
    if (hashes.size > MAX_REMEMBERED) hashes.delete(hashes.values().next().value as string);
  }
}

export function changedOnDisk(file: string): BylineError {
  return new BylineError(
    'CONFLICT',
    `"${file}" was changed by another program since you opened it. Nothing was saved: reload it, keep your version, or save yours as a copy.`,
  );
}

export function deletedOnDisk(file: string): BylineError {
  return new BylineError(
    'CONFLICT',
    `"${file}" was deleted or moved by another program since you opened it. Nothing was saved: save your version as a copy to keep it.`,
  );
}
