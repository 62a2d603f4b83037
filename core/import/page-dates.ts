// Dates as news pages print them ("February 17, 2021 9:14 pm", "18 Feb 2021 10:02 GMT") or as
// their metadata carries them ("2021-02-18T10:02:00+00:00"), read without guessing what is missing.
import { Instant } from '../article/article';
import { daysInMonth } from '../dates/instant';
import type { WallTime } from '../dates/zones';

/**
 * A date found on a page: either already an instant (it carried its offset), or a clock reading
 * that is read in the newsroom's zone, or in UTC when the page said GMT or UTC.
 */
export type PageDate = { kind: 'instant'; instant: string } | { kind: 'local'; wall: WallTime; utc: boolean };

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const CLOCK = /(?<![\d:])(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/i;
const HOUR_ONLY = /(?<![\d:])(\d{1,2})\s*([ap])\.?\s?m\b\.?/i;
const UTC_MARK = /\b(?:GMT|UTC)\b/i;
// What may sit around a date on its own line without making it a sentence.
const FILLER = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\bat\b|\bon\b|[\s,|·•–—\-()]/gi;
const ISO_FULL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface FoundDate {
  date: PageDate;
  /** What is left of the text once the date, the time and their filler are taken out. */
  rest: string;
}

/** The first date in a line of page text, with its time and GMT/UTC mark when it has them. */
export function findPageDate(text: string): FoundDate | null {
  const day = findDay(text);
  if (!day) return null;
  let rest = text.slice(0, day.index) + ' ' + text.slice(day.index + day.length);
  const wall: WallTime = { ...day.wall };
  const clock = CLOCK.exec(rest) ?? HOUR_ONLY.exec(rest);
  if (clock) {
    const time = clockTime(clock);
    if (time) {
      Object.assign(wall, time);
      rest = rest.slice(0, clock.index) + ' ' + rest.slice(clock.index + clock[0].length);
    }
  }
  const utc = wall.hour !== undefined && UTC_MARK.test(rest);
  if (utc) rest = rest.replace(UTC_MARK, ' ');
  return { date: { kind: 'local', wall, utc }, rest: rest.replace(FILLER, ' ').trim() };
}

/** A machine-readable date (JSON-LD, Open Graph, `<time datetime>`), or null when it is not one. */
export function readIsoDate(value: string): PageDate | null {
  const text = value.trim();
  const parts = ISO_FULL.exec(text);
  if (!parts) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = parts;
  const wall: WallTime = { year: Number(y), month: Number(mo), day: Number(d) };
  if (h !== undefined) Object.assign(wall, { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) });
  if (!validWall(wall)) return null;
  if (h === undefined || offset === undefined) return { kind: 'local', wall, utc: false };
  // Kept as written when already in the file format's form, so a Byline export reads back exactly.
  if (Instant.safeParse(text).success) return { kind: 'instant', instant: text };
  const zone = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return { kind: 'instant', instant: `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${zone}` };
}

/** "2021-02-18" for notes a reporter reads. */
export function dayOf(wall: WallTime): string {
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

function findDay(text: string): { wall: WallTime; index: number; length: number } | null {
  const candidates: { wall: WallTime; index: number; length: number }[] = [];
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst)
    candidates.push({
      wall: dateOf(monthFirst[3]!, monthOf(monthFirst[1]!), monthFirst[2]!),
      index: monthFirst.index,
      length: monthFirst[0].length,
    });
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst)
    candidates.push({
      wall: dateOf(dayFirst[3]!, monthOf(dayFirst[2]!), dayFirst[1]!),
      index: dayFirst.index,
      length: dayFirst[0].length,
    });
  const iso = ISO_DAY.exec(text);
  if (iso) candidates.push({ wall: dateOf(iso[1]!, Number(iso[2]), iso[3]!), index: iso.index, length: iso[0].length });
  const valid = candidates.filter((candidate) => validWall(candidate.wall)).sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

function monthOf(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function dateOf(year: string, month: number, day: string): WallTime {
  return { year: Number(year), month, day: Number(day) };
}

function clockTime(found: RegExpExecArray): Pick<WallTime, 'hour' | 'minute' | 'second'> | null {
  const twelveHour = found.length === 3;
  let hour = Number(found[1]);
  const minute = twelveHour ? 0 : Number(found[2]);
  const second = twelveHour ? 0 : Number(found[3] ?? 0);
  const meridiem = (twelveHour ? found[2] : found[4])?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

function validWall(wall: WallTime): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = wall;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}
