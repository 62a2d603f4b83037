// A save replaces an article with a new file, which the system would give this process's defaults:
// an article a desk shares as 0664 would turn 0644 after one save and colleagues would lose write
// access. So the new file takes the mode of the one it replaces, and its owner where the process
// may give it: as root, or when it owns the file already (then the group is kept where it is a
// member). A new article takes the defaults.
import type { FileSystem } from './file-system';

/** What a replacement keeps of the file it replaces. */
export interface Ownership {
  /** Permission bits only (rwx for user, group and others, plus setuid, setgid and sticky). */
  mode: number;
  uid: number;
  gid: number;
}

/** This process's user id, or null where the system has none (Windows). */
export type ProcessUser = number | null;

const PERMISSION_BITS = 0o7777;

export const currentUser = (): ProcessUser => process.getuid?.() ?? null;

/**
 * The mode and owner of `path`; null when there is no file there yet, or it cannot be asked (the
 * write itself then meets the reason and says it).
 */
export async function ownershipOf(fs: FileSystem, path: string): Promise<Ownership | null> {
  try {
    const info = await fs.stat(path);
    return { mode: info.mode & PERMISSION_BITS, uid: info.uid, gid: info.gid };
  } catch {
    return null;
  }
}

/**
 * Gives the file at `path` (a temp file of ours, not yet renamed) the kept owner and mode. A file
 * system that keeps neither (FAT, some network shares) refuses, and then the save goes on with the
 * defaults: the words matter more than their permissions.
 */
export async function applyOwnership(
  fs: FileSystem,
  path: string,
  kept: Ownership,
  user: ProcessUser = currentUser(),
): Promise<void> {
  // Before the mode: a change of owner clears the setuid and setgid bits.
  if (user !== null && (user === 0 || user === kept.uid))
    await fs.chown(path, kept.uid, kept.gid).catch(() => undefined);
  await fs.chmod(path, kept.mode).catch(() => undefined);
}
