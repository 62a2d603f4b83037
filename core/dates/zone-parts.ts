// The wall clock and UTC offset of an instant in a zone, as Intl reads them from the time zone
// database: the one place zone rules are consulted, so no offset table is ever written by hand.
import { wallFormatter } from './wall-formatter';

export interface ZoneParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** "+04:30", "-05:00", "+00:00"; "-04:56:02" for local mean time before standard zones. */
  offset: string;
  /** The same offset in milliseconds east of UTC. */
  offsetMs: number;
}

const formatterFor = (timeZone: string) => wallFormatter(timeZone, 'longOffset');

/** True when Intl knows the zone; the formatter is kept, since a known zone is about to be used. */
export function intlKnowsZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// "GMT+04:30", "GMT-04:56:02", and plain "GMT" where a runtime writes a zero offset that way.
const LONG_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function readOffset(text: string): { offset: string; offsetMs: number } {
  const match = LONG_OFFSET.exec(text);
  if (!match) throw new Error(`Intl wrote the offset "${text}" in a form Byline does not know`);
  if (match[1] === undefined) return { offset: '+00:00', offsetMs: 0 };
  const [sign, hours, minutes, seconds] = [match[1], match[2] ?? '00', match[3] ?? '00', match[4]];
  const magnitude = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
  const offset = `${sign}${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`;
  return { offset: magnitude === 0 ? '+00:00' : offset, offsetMs: sign === '-' ? -magnitude : magnitude };
}

export function zonePartsAt(ms: number, timeZone: string): ZoneParts {
  const fields = new Map<string, string>();
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields.set(part.type, part.value);
  const number = (type: string) => Number(fields.get(type));
  // Intl counts years before 1 AD by era (1 BC is ISO year 0).
  const yearOfEra = number('year');
  const year = fields.get('era') === 'BC' ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: number('month'),
    day: number('day'),
    hour: number('hour'),
    minute: number('minute'),
    second: number('second'),
    ...readOffset(fields.get('timeZoneName') ?? ''),
  };
}
