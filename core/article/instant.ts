// The two ways the article file writes a point in time, in their own file so the date records
// (article.ts, page-dates.ts) can share them without importing each other.
import { z } from 'zod';
import { daysInMonth } from '../dates/instant';

/** An ISO 8601 instant with its offset ("2021-02-18T21:14:00-05:00" or "…Z"). */
export const Instant = z.iso.datetime({ offset: true });

/**
 * A calendar day with no time of day ("2021-02-18"): what a page means by "Last Updated On:
 * February 18, 2021". It names a day, not an instant, so it reads the same in every zone.
 */
export const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written 2021-02-18')
  .refine((day) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month);
  }, 'a day that exists');
