// Time zones by IANA name: offsets, instants written in a zone, and wall times read in one.
// Every zone rule comes from Intl; the only arithmetic here is on fixed, already-known offsets.
import { daysInMonth, parseInstant, toEpochMs, utcMs, type InstantInput } from './instant';
import { intlKnowsZone, zonePartsAt } from './zone-parts';

export type { InstantInput } from './instant';

/** A reading of a clock on the wall in some zone; hour, minute and second default to 0. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/**
 * True for a zone name Intl accepts ("Asia/Kabul", "UTC"). Raw offsets ("+04:30"), which newer
 * runtimes accept as zones, are refused: they have no daylight saving and no name to print.
 */
export function isTimeZone(name: string): boolean {
  return /^[A-Za-z]/.test(name) && intlKnowsZone(name);
}

/** The zone's offset from UTC at that instant: "+04:30", "-05:00", "+00:00". */
export function offsetAt(instant: InstantInput, timeZone: string): string {
  return zonePartsAt(toEpochMs(instant), timeZone).offset;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The instant written in ISO 8601 with the zone's offset at that instant, to the second
 * ("2021-02-18T21:14:00-05:00"). Before standard time, where a zone's offset had seconds
 * (New York's was -04:56:02), the instant is written in UTC, which ISO offsets can express.
 */
export function instantIn(timeZone: string, at: InstantInput): string {
  const ms = Math.floor(toEpochMs(at) / 1000) * 1000;
  const parts = zonePartsAt(ms, timeZone);
  if (parts.offset.length > 6) return instantIn('UTC', ms);
  if (parts.year < 0 || parts.year > 9999)
    throw new RangeError(
      `the year ${parts.year} is outside the years ISO 8601 instants are written in here (0000–9999)`,
    );
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${parts.offset}`;
}

function checkWallTime({ year, month, day, hour = 0, minute = 0, second = 0 }: WallTime): void {
  const whole = [year, month, day, hour, minute, second].every(Number.isInteger);
  const fits =
    whole &&
    year >= 0 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!fits)
    throw new RangeError(`${year}-${month}-${day} ${hour}:${minute}:${second} is not a date and time that exists`);
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall time denotes in a zone, written with that zone's offset. A wall time the
 * clocks skipped (02:30 on a spring-forward night) is read with the offset before the jump, so
 * it lands as far after the gap as it was into it (03:30), as JavaScript's Date and Temporal's
 * default do; a wall time the clocks showed twice (01:30 on a fall-back night) is the earlier.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): string {
  checkWallTime(wall);
  const asUtc = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  // Every offset in force within a day either side covers any one transition near the wall time.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => zonePartsAt(asUtc + shift, timeZone).offsetMs));
  const candidates = [...offsets].map((offsetMs) => asUtc - offsetMs);
  const shown = candidates.filter((ms) => zonePartsAt(ms, timeZone).offsetMs === asUtc - ms);
  const chosen = shown.length > 0 ? Math.min(...shown) : Math.max(...candidates);
  return instantIn(timeZone, chosen);
}

/** Negative, zero or positive as instant a is before, the same as, or after b (any offsets). */
export function compareInstants(a: string, b: string): number {
  const first = parseInstant(a);
  const second = parseInstant(b);
  if (first.ms !== second.ms) return first.ms < second.ms ? -1 : 1;
  // Digits beyond milliseconds, compared as equal-length digit strings.
  const width = Math.max(first.subMs.length, second.subMs.length);
  const [x, y] = [first.subMs.padEnd(width, '0'), second.subMs.padEnd(width, '0')];
  return x === y ? 0 : x < y ? -1 : 1;
}
