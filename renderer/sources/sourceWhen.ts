// A source's "When" as a date and time on the newsroom's clock. The file keeps an ISO 8601
// instant (with the zone's offset) or a day; what an older Byline stored as free text stays
// readable and is kept until the reporter picks a time.
import { parseInstant } from '../../core/dates/instant';
import { zonePartsAt } from '../../core/dates/zone-parts';
import { pickedInstant } from '../dates/stampTime';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The picker's value for a stored "When": its wall time in the zone, or '' for a day, free text or nothing. */
export function wallOf(when: string, timeZone: string): string {
  const text = when.trim();
  if (text === '' || DAY.test(text)) return DAY.test(text) ? `${text}T00:00` : '';
  try {
    const parts = zonePartsAt(parseInstant(text).ms, timeZone);
    return `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
  } catch {
    return '';
  }
}

/** True when the stored "When" is words typed in an older version ("last Tuesday, by phone"), not a date. */
export function isFreeText(when: string, timeZone: string): boolean {
  return when.trim() !== '' && wallOf(when, timeZone) === '';
}

/** What is stored for a picked wall time: the instant on the newsroom's clock, or '' when cleared. */
export function storedWhen(wall: string, timeZone: string): string {
  return wall === '' ? '' : (pickedInstant(wall, timeZone) ?? '');
}
