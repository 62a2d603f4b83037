// Bad arguments: one line on stderr and exit code 2, so scripts can tell them from failures.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export const USAGE =
  'usage: byline new FOLDER --headline TEXT | byline list FOLDER | byline search FOLDER QUERY | byline quotes FILE | byline check FILE | byline stamp publish FILE [--at ISO] [--override REASON] [--tz IANA] | byline stamp update FILE --kind update|correction|clarification --note TEXT [--at ISO] [--tz IANA] | byline export FILE [-o OUT] [--fragment] [--ninjs] [--tz IANA] | byline export-all FOLDER OUTDIR [--tz IANA] | byline import FILE [--into FOLDER] [--tz IANA]';

export class UsageError extends Error {}

/** The library folder argument, absolute; refused unless it is an existing folder. */
export function libraryFolder(argument: string | undefined): string {
  if (argument === undefined || argument === '') throw new UsageError('missing the library FOLDER');
  const folder = resolve(argument);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new UsageError(`no such folder: ${argument}`);
  }
  if (!isFolder) throw new UsageError(`not a folder: ${argument}`);
  return folder;
}

/** Refuses arguments beyond the ones a command takes. */
export function noMoreArguments(rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
}
