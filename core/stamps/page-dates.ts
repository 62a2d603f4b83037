// The dates an imported page gave, and the record: one rule for the app and the command line.
//
// A page's dates wait beside the record (article.pageDates) until a reporter adopts them (they
// become the first publication and an entry in the updates log, with who adopted them) or
// clears them. They never refuse a stamp: a stamp only answers to the record, which the Dates tab
// shows. A stamp that leaves the record unable to hold a page's date clears that date, on the
// record and with the reason, and the stamp dialog says so before the stamp is made.
import type { Article, ArticleUpdate } from '../article/article';
import { isDay, pendingPageDates, type PageDateKind } from '../article/page-dates';
import { randomId, type NewId } from '../attribution/ids';
import type { Problem } from '../checks/problem';
import { dayStart } from '../dates/days';
import { formatRecordTime } from '../dates/display';
import { stampPublishedOnly } from './publish';
import { decision, pageDateText, settled, updatedInstant } from './settle-page-dates';
import { isAfter, refuse, stampContext, type StampResult } from './stamp-result';

const NAMES: Record<PageDateKind, string> = { published: 'publication date', updated: 'last-updated date' };

export interface PageDatesOptions {
  now: string;
  by: string;
  timeZone: string;
  /** The pre-publish check's result: adopting the page's publication date stamps the article as published. */
  problems: readonly Problem[];
  newId?: NewId;
}

/**
 * Adopt: the page's publication date becomes the first publish stamp and its last-updated date
 * an update in the log, each recorded as adopted by whom. All or nothing: a date the record
 * cannot take refuses the whole adoption, with what to do instead.
 */
export function adoptPageDates(article: Article, options: PageDatesOptions): StampResult {
  const { now, by, timeZone, problems, newId = randomId } = options;
  const context = stampContext(timeZone, by, now);
  if (!context.ok) return refuse(context.reason);
  const pending = pendingPageDates(article.pageDates);
  if (pending.length === 0 || article.pageDates === undefined)
    return refuse('No dates from the imported page are waiting: there is nothing to adopt.');
  const why = `Adopted from the imported page (${article.pageDates.from}).`;
  let working = article;
  let pageDates = article.pageDates;
  for (const { kind, date } of pending) {
    const shown = pageDateText(date, timeZone);
    if (kind === 'published') {
      const published = stampPublishedOnly(working, {
        now,
        at: isDay(date) ? dayStart(date, timeZone) : date,
        by,
        timeZone,
        problems,
        newId,
      });
      if (!published.ok) return refuse(`The page's publication date (${shown}) cannot be adopted. ${published.reason}`);
      working = published.article;
      const stamp = working.publishStamps.at(-1)!;
      pageDates = settled(pageDates, kind, decision('adopted', by, context.instant, why, stamp.id));
      continue;
    }
    if (working.publishedAt === null)
      return refuse(
        `The page gave no publication date, and an update comes after publication: stamp the article as published at the time it went live (on or before ${shown}), then adopt the page's ${NAMES[kind]}; or clear it.`,
      );
    const at = updatedInstant(date, working, timeZone);
    if (at === null)
      return refuse(
        `The page's ${NAMES[kind]} (${shown}) comes before the article's record (published ${formatRecordTime(working.publishedAt, timeZone)}): it cannot be adopted. Clear it.`,
      );
    if (isAfter(at, context.instant))
      return refuse(`The page's ${NAMES[kind]} (${shown}) is in the future: it cannot be adopted. Clear it.`);
    const update: ArticleUpdate = { id: newId(), kind: 'update', at, note: '', by: by.trim() };
    working = { ...working, updatedAt: at, updates: [...working.updates, update] };
    pageDates = settled(pageDates, kind, decision('adopted', by, context.instant, why, update.id));
  }
  return { ok: true, article: { ...working, pageDates } };
}

/** Clear: the page's dates are set aside on the record; the article's own dates are untouched. */
export function clearPageDates(article: Article, options: Omit<PageDatesOptions, 'problems' | 'newId'>): StampResult {
  const context = stampContext(options.timeZone, options.by, options.now);
  if (!context.ok) return refuse(context.reason);
  const pending = pendingPageDates(article.pageDates);
  if (pending.length === 0 || article.pageDates === undefined)
    return refuse('No dates from the imported page are waiting: there is nothing to clear.');
  let pageDates = article.pageDates;
  for (const { kind } of pending)
    pageDates = settled(
      pageDates,
      kind,
      decision('cleared', options.by, context.instant, 'Cleared in the Dates tab.', null),
    );
  return { ok: true, article: { ...article, pageDates } };
}
