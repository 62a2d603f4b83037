// Days without a time of day ("2021-02-18", as a page's "Last Updated On: February 18, 2021"
// gives them) next to instants: where a day starts in a zone, and which day an instant falls on.
import { formatDay, formatDate } from './display';
import type { DateStyle } from '../settings/settings';
import { instantIn, wallTimeToInstant } from './zones';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for "2021-02-18"; false for an instant. */
export const isCalendarDay = (value: string): boolean => DAY.test(value);

/** The first instant of the day in the zone, written with its offset. */
export function dayStart(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return wallTimeToInstant({ year, month, day: date }, timeZone);
}

/** The day an instant falls on in the zone: "2021-02-18". */
export const dayOfInstant = (instant: string, timeZone: string): string => instantIn(timeZone, instant).slice(0, 10);

/** A day or an instant, as readers are shown it: a day never gains a time of day. */
export function formatDayOrInstant(value: string, style: DateStyle, timeZone: string): string {
  return isCalendarDay(value) ? formatDay(value, style) : formatDate(value, style, timeZone);
}
