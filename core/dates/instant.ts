// Reading an instant: an ISO 8601 string that carries its offset, a Date, or epoch milliseconds.
// Strings without an offset are refused rather than read in the machine's own zone, so the CLI,
// the app and the export can never disagree about what a stored date means.

/** Anything the date functions accept as an instant. */
export type InstantInput = string | number | Date;

export interface ParsedInstant {
  /** Milliseconds since the epoch, the fraction beyond milliseconds cut off. */
  ms: number;
  /** The fractional-second digits beyond the third ("456" for ".123456"), for exact ordering. */
  subMs: string;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):(\d{2}))$/i;

/** Milliseconds of a wall-clock reading taken as UTC; years below 100 stay as written. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

export function parseInstant(instant: string): ParsedInstant {
  const match = ISO_INSTANT.exec(instant);
  if (!match)
    throw new RangeError(`"${instant}" is not an ISO 8601 instant with an offset ("2021-02-18T21:14:00-05:00")`);
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const fraction = match[7] ?? '';
  const offsetHours = match[10] === undefined ? 0 : Number(match[10]);
  const offsetMinutes = match[11] === undefined ? 0 : Number(match[11]);
  const fieldsFit =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!fieldsFit) throw new RangeError(`"${instant}" names a date or time that does not exist`);
  const sign = match[9] === '-' ? -1 : 1;
  const offsetMs = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return {
    ms: utcMs(year, month, day, hour, minute, second, millis) - offsetMs,
    subMs: fraction.slice(3).replace(/0+$/, ''),
  };
}

/** Epoch milliseconds of any accepted instant; a Date or number that is not a time is refused. */
export function toEpochMs(instant: InstantInput): number {
  const ms =
    typeof instant === 'string' ? parseInstant(instant).ms : instant instanceof Date ? instant.getTime() : instant;
  if (!Number.isFinite(ms)) throw new RangeError('the instant is not a valid time');
  return ms;
}
