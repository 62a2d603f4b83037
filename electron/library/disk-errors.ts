// Plain words for the disk errors a reporter can meet while saving.
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
  ENOENT: 'the folder no longer exists',
  EMFILE: 'too many files are open',
};

/** "the disk is full (ENOSPC)" for a failed fs call. */
export function diskReason(error: unknown): string {
  const code = errorCode(error);
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  const detail = error instanceof Error ? error.message : String(error);
  return code ? `${detail} (${code})` : detail;
}

/** Leaves our own errors alone and turns a raw fs failure into an IO error with plain words. */
export function asIoError(what: string, error: unknown): Error {
  if (error instanceof BylineError) return error;
  return new BylineError('IO', `${what}: ${diskReason(error)}.`);
}
