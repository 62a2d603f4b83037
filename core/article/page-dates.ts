// The dates an imported page gave ("Last Updated On: February 18, 2021"). They are the page's
// word, not the desk's: they stay out of `publishedAt`, `updatedAt` and the updates log until a
// reporter adopts them onto the record or clears them, and each decision is kept here with who
// made it. A page that gave a day without a time keeps the day: no time of day is invented.
import { z } from 'zod';
import { CalendarDay, Instant } from './instant';

/** A day ("2021-02-18") when the page gave no time of day; else the instant it gave. */
export const PageDateValue = z.union([CalendarDay, Instant]);
export type PageDateValue = z.infer<typeof PageDateValue>;

export const PAGE_DATE_DECISIONS = ['adopted', 'cleared'] as const;

/** What became of a page's date, on the record. */
export const PageDateDecision = z.looseObject({
  as: z.enum(PAGE_DATE_DECISIONS),
  by: z.string().max(200),
  /** When the decision was made, by the clock of the machine that made it. */
  at: Instant,
  /** Why, in the desk's words: "Cleared when the article was stamped as published." */
  why: z.string().max(2000),
  /** The id of the publish stamp or update an adopted date became; null when cleared. */
  record: z.string().max(64).nullable(),
});
export type PageDateDecision = z.infer<typeof PageDateDecision>;

export const PageDateEntry = z.looseObject({
  date: PageDateValue,
  /** Null while it waits for a reporter to adopt or clear it. */
  settled: PageDateDecision.nullable(),
});
export type PageDateEntry = z.infer<typeof PageDateEntry>;

export const PageDates = z.looseObject({
  /** The file they came from: "stoltenberg.txt (web page text)". */
  from: z.string().max(1000),
  published: PageDateEntry.nullable(),
  updated: PageDateEntry.nullable(),
});
export type PageDates = z.infer<typeof PageDates>;

export type PageDateKind = 'published' | 'updated';
export const PAGE_DATE_KINDS: readonly PageDateKind[] = ['published', 'updated'];

/** True when the page gave a day without a time of day. */
export const isDay = (value: PageDateValue): boolean => CalendarDay.safeParse(value).success;

/** The page's dates still waiting for a decision, published first. */
export function pendingPageDates(pageDates: PageDates | undefined): { kind: PageDateKind; date: PageDateValue }[] {
  if (pageDates === undefined) return [];
  return PAGE_DATE_KINDS.flatMap((kind) => {
    const entry = pageDates[kind];
    return entry && entry.settled === null ? [{ kind, date: entry.date }] : [];
  });
}

/**
 * The publish stamps and updates that hold a page's day without a time of day, by their id: the
 * day the page gave. Their instants only order them; they are printed as the day alone.
 */
export function adoptedDays(pageDates: PageDates | undefined): Map<string, string> {
  const days = new Map<string, string>();
  for (const kind of PAGE_DATE_KINDS) {
    const entry = pageDates?.[kind];
    const record = entry?.settled?.as === 'adopted' ? entry.settled.record : null;
    if (entry && record !== null && isDay(entry.date)) days.set(record, entry.date);
  }
  return days;
}
