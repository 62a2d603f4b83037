// The checks behind each kind of value in the command table. A value that fails one is a bad
// argument (exit 2), said before any file is read or written; what only the file can tell (a
// publication time after the article's first update, say) stays the command's refusal (exit 1).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseInstant } from '../core/dates/instant';
import { isTimeZone } from '../core/dates/zones';
import type { ValueKind } from './command-spec';
import { UsageError } from './usage';

export interface ValueContext {
  /** How the value is named in a message: FOLDER, --tz. */
  readonly label: string;
  readonly choices?: readonly string[] | undefined;
}

type Check = (value: string, context: ValueContext) => string;

/** True for a folder, false for anything else there, undefined when nothing is (or it cannot be looked at). */
function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** An existing folder, made absolute. */
const folder: Check = (value) => {
  const path = resolve(value);
  const found = isFolder(path);
  if (found === undefined) throw new UsageError(`no such folder: ${value}`);
  if (!found) throw new UsageError(`not a folder: ${value}`);
  return path;
};

/** A folder the command may create: anything but an existing file. Made absolute. */
const outdir: Check = (value) => {
  const path = resolve(value);
  if (isFolder(path) === false) throw new UsageError(`not a folder: ${value}`);
  return path;
};

const zone: Check = (value) => {
  if (!isTimeZone(value))
    throw new UsageError(`unknown time zone: ${value} (give an IANA name with --tz, like Europe/Berlin)`);
  return value;
};

const instant: Check = (value, { label }) => {
  try {
    parseInstant(value);
  } catch {
    throw new UsageError(
      `${label} must be a date and time with its offset, like 2021-02-18T21:14:00-05:00, not "${value}"`,
    );
  }
  return value;
};

const choice: Check = (value, { label, choices = [] }) => {
  if (!choices.includes(value))
    throw new UsageError(`${label} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not ${value}`);
  return value;
};

const asGiven: Check = (value) => value;

const CHECKS: Record<ValueKind, Check> = { text: asGiven, file: asGiven, folder, outdir, zone, instant, choice };

/** The value as the command receives it, or a UsageError saying what is wrong with it. */
export function checkedValue(kind: ValueKind, value: string, context: ValueContext): string {
  return CHECKS[kind](value, context);
}
