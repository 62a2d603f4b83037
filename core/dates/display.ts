// Dates as readers see them, in the newsroom's chosen style: the editor and the export both
// print through here. Intl converts to the zone; this file only spells the result.
import type { DateStyle } from '../settings/settings';
import { toEpochMs } from './instant';
import { wallFormatter } from './wall-formatter';
import { instantIn } from './zones';

const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Intl's short name: "EST", "UTC", or "GMT+4:30" where the zone has no abbreviation. */
  zoneName: string;
}

function wallClock(instant: string, timeZone: string): WallClock {
  const fields = new Map<string, string>();
  for (const part of wallFormatter(timeZone, 'short').formatToParts(toEpochMs(instant)))
    fields.set(part.type, part.value);
  const number = (type: string) => Number(fields.get(type));
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
    zoneName: fields.get('timeZoneName') ?? '',
  };
}

/** "9:14 p.m.", "9 p.m.", "noon", "midnight", "12:30 a.m." */
function apTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  return `${clock}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * "Feb. 18, 2021, 9:14 p.m. EST". Midnight is printed with the day it begins ("Feb. 19, 2021,
 * midnight EST" for 00:00 on the 19th), not with the day that is ending as the AP Stylebook
 * reads it, so a stamp made at 00:00 reads as the day it was made. (A day a page gave without a
 * time of day is not an instant at all: formatDay prints it.)
 */
function apStyle({ year, month, day, hour, minute, zoneName }: WallClock): string {
  return `${AP_MONTHS[month - 1]} ${day}, ${year}, ${apTime(hour, minute)} ${zoneName}`;
}

/** A day without a time of day ("2021-02-18") as the newsroom prints it: "Feb. 18, 2021". */
export function formatDay(day: string, style: DateStyle): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  switch (style) {
    case 'ap':
      return `${AP_MONTHS[month - 1]} ${date}, ${year}`;
    case 'long':
      return `${MONTHS[month - 1]} ${date}, ${year}`;
    case 'iso':
      return day;
  }
}

/**
 * A time on the desk's record (a stamp, a refusal, an embargo) as people read it: always with
 * its time of day and zone, whatever style readers get, since the desk needs the minute
 * ("Feb. 18, 2021, 9:14 p.m. EST"). The exact instant stays in the file and in <time datetime>.
 */
export function formatRecordTime(instant: string, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  if (clock.second === 0) return apStyle(clock);
  // A second off the minute is kept: "10:30:01 a.m." is in the future at 10:30.
  const { year, month, day, hour, minute, second, zoneName } = clock;
  const time = `${hour % 12 === 0 ? 12 : hour % 12}:${pad(minute)}:${pad(second)} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  return `${AP_MONTHS[month - 1]} ${day}, ${year}, ${time} ${zoneName}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant as the newsroom prints it in the zone: AP style ("Feb. 18, 2021, 9:14 p.m. EST"),
 * long ("February 18, 2021", the date only) or ISO 8601 with the zone's offset
 * ("2021-02-18T21:14:00-05:00").
 */
export function formatDate(instant: string, style: DateStyle, timeZone: string): string {
  switch (style) {
    case 'ap':
      return apStyle(wallClock(instant, timeZone));
    case 'long': {
      const { year, month, day } = wallClock(instant, timeZone);
      return `${MONTHS[month - 1]} ${day}, ${year}`;
    }
    case 'iso':
      return instantIn(timeZone, instant);
  }
}
