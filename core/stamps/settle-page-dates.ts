// After any stamp, the dates an imported page gave that the stamped record can no longer hold
// are cleared, on the record and with the reason (core/stamps/page-dates.ts has the rule whole).
// The stamp dialogs ask the same functions beforehand, so they say what a stamp will clear.
import type { Article } from '../article/article';
import {
  isDay,
  pendingPageDates,
  type PageDateDecision,
  type PageDateKind,
  type PageDates,
  type PageDateValue,
} from '../article/page-dates';
import { dayOfInstant, dayStart, formatDayOrInstant } from '../dates/days';
import { latestUpdate } from './record-times';
import { isAfter, isBefore } from './stamp-result';

/** What of the record a page's date is held against. */
type DatedRecord = Pick<Article, 'publishedAt' | 'updatedAt' | 'updates'>;

/** "Feb. 18, 2021" for a day, "Feb. 18, 2021, 9:14 p.m. EST" for an instant. */
export const pageDateText = (date: PageDateValue, timeZone: string): string => formatDayOrInstant(date, 'ap', timeZone);

/**
 * The instant the page's last-updated date takes in the updates log, or null when the record
 * cannot hold it (it would come before publication or before a stamped update). A day is placed
 * at the start of that day, or at the record's latest time when that falls on the same day, so
 * it orders after what came first and still prints as the page's day.
 */
export function updatedInstant(date: PageDateValue, article: DatedRecord, timeZone: string): string | null {
  if (article.publishedAt === null) return null;
  const floor = [article.publishedAt, latestUpdate(article)]
    .filter((at): at is string => at !== null)
    .reduce((a, b) => (isAfter(b, a) ? b : a));
  if (!isDay(date)) return isBefore(date, floor) ? null : date;
  const start = dayStart(date, timeZone);
  if (!isAfter(floor, start)) return start;
  return dayOfInstant(floor, timeZone) === date ? floor : null;
}

/** The page's dates a record like `article` could no longer take. */
export function unholdablePageDates(
  article: DatedRecord & Pick<Article, 'pageDates'>,
  timeZone: string,
): PageDateKind[] {
  return pendingPageDates(article.pageDates)
    .filter(({ kind, date }) =>
      kind === 'published'
        ? article.publishedAt !== null
        : article.publishedAt !== null && updatedInstant(date, article, timeZone) === null,
    )
    .map(({ kind }) => kind);
}

/** Who settled a date, when and why; `record` is the stamp or update it became. */
export function decision(as: PageDateDecision['as'], by: string, at: string, why: string, record: string | null) {
  return { as, by: by.trim(), at, why, record };
}

export function settled(pageDates: PageDates, kind: PageDateKind, made: PageDateDecision): PageDates {
  const entry = pageDates[kind];
  return entry ? { ...pageDates, [kind]: { ...entry, settled: made } } : pageDates;
}

/**
 * After a stamp: the page's dates the stamped record can no longer hold are cleared, saying
 * which stamp cleared them. An article with no page dates comes back as it was.
 */
export function settlePageDates(
  article: Article,
  { by, at, timeZone, stamp }: { by: string; at: string; timeZone: string; stamp: string },
): Article {
  const gone = unholdablePageDates(article, timeZone);
  if (gone.length === 0 || article.pageDates === undefined) return article;
  let pageDates = article.pageDates;
  for (const kind of gone) {
    const why =
      kind === 'published'
        ? `Cleared when the article was ${stamp}: its own publication time replaces the page's.`
        : `Cleared when the article was ${stamp}: the page's date comes before the article's record.`;
    pageDates = settled(pageDates, kind, decision('cleared', by, at, why, null));
  }
  return { ...article, pageDates };
}
