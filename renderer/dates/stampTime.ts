// When a stamp happened: now by the clock, or a date and time the reporter picks, read on the
// newsroom's clock (never the machine's own zone, which may be a colleague's abroad).
import { wallTimeToInstant } from '../../core/dates/zones';

export interface When {
  mode: 'now' | 'picked';
  /** The picker's value, "2021-02-18T21:14" (an <input type="datetime-local">). */
  wall: string;
}

export const NOW: When = { mode: 'now', wall: '' };

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The picked wall time as an instant with the newsroom zone's offset, or null when it is no time. */
export function pickedInstant(wall: string, timeZone: string): string | null {
  const match = WALL.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  try {
    return wallTimeToInstant({ year, month, day, hour, minute, second: Number(match[6] ?? 0) }, timeZone);
  } catch {
    return null;
  }
}

export type Picked = { ok: true; at: string | undefined } | { ok: false; reason: string };

/** The `at` a stamp takes: undefined for now, the picked instant otherwise. */
export function atOf(when: When, timeZone: string): Picked {
  if (when.mode === 'now') return { ok: true, at: undefined };
  const at = pickedInstant(when.wall, timeZone);
  return at === null ? { ok: false, reason: 'Pick a date and a time, or choose “Now”.' } : { ok: true, at };
}

/** The clock's time, as the stamps read it. */
export const clockNow = (): string => new Date().toISOString();
