// Errors cross the process boundary as values with a code the UI can act on.

export const ERROR_CODES = [
  'BAD_ARGUMENTS', // the call does not fit the contract
  'UNKNOWN_OPERATION',
  'NO_LIBRARY', // no library folder chosen yet
  'NOT_FOUND',
  'OUTSIDE_LIBRARY', // a path that would leave the library folder
  'UNREADABLE', // the article file cannot be read; details in the message
  'READ_ONLY', // the article opened read-only and cannot be saved
  'CONFLICT', // the file changed on disk since it was read
  'INVALID_ARTICLE', // the article to save does not fit the format or the schema
  'IO', // the disk refused (full, locked, permission); nothing was changed
  'FORBIDDEN', // refused on principle (a link scheme, a sender)
  'UNAVAILABLE', // the service is gone (crashed, shutting down)
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface BylineErrorValue {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BylineErrorValue };

/** Thrown inside services for expected failures; the dispatcher turns it into a value. */
export class BylineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BylineError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
