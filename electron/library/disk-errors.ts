// Plain words for the disk errors a reporter can meet, the one table every message about a failed
// file-system call takes its words from: saving, reading, listing, exporting, importing.
import type { FileProblem } from '../../core/article/read';
import { BylineError } from '../../core/ipc/errors';
import { errorCode } from './file-system';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EPERM: 'another program is holding the file or permission was refused',
  EACCES: 'permission was refused',
  EBUSY: 'the file is in use by another program',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported a read/write error',
  // A save writes its temp file into the folder first, so a missing name there is a missing folder.
  ENOENT: 'the folder no longer exists',
  EMFILE: 'too many files are open',
};

// A read names the file itself, so a missing name is a missing file.
const READ_REASONS: Record<string, string> = {
  ...REASONS,
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder on its path is a file',
  ELOOP: 'it is a link that leads round in a circle',
};

function reasonIn(table: Record<string, string>, error: unknown): string {
  const code = errorCode(error);
  if (code && table[code]) return `${table[code]} (${code})`;
  const detail = error instanceof Error ? error.message : String(error);
  return code ? `${detail} (${code})` : detail;
}

/** "the disk is full (ENOSPC)" for a failed write. */
export function diskReason(error: unknown): string {
  return reasonIn(REASONS, error);
}

/** "there is no such file (ENOENT)" for a failed open, stat or read of a file. */
export function readReason(error: unknown): string {
  return reasonIn(READ_REASONS, error);
}

/** A library file that could not be opened or read, as the list shows it. */
export function unreadableProblem(error: unknown): FileProblem {
  return { code: 'UNREADABLE', message: `The file cannot be read: ${readReason(error)}.` };
}

/** Leaves our own errors alone and turns a raw fs failure into an IO error with plain words. */
export function asIoError(what: string, error: unknown): Error {
  if (error instanceof BylineError) return error;
  return new BylineError('IO', `${what}: ${diskReason(error)}.`);
}
