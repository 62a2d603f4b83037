// The date lines of an article, exactly as the editor's Dates panel and the HTML export print
// them: both call this, so the two can never differ.
//
// Every line is shown in the newsroom's zone (settings.timeZone). The dateline's own zone plays
// no part: a reader compares "Published" with "Updated" and with the other stories on the page,
// which only works when all of them are in one zone, and an article's stamps must not change
// their printed time when a reporter edits the dateline.
//
// A date adopted from an imported page that gave a day without a time of day prints as that day
// ("Last Updated On: Feb. 18, 2021"), with the day alone in <time datetime>: no time is invented.
import type { Article, UpdateKind } from '../article/article';
import { adoptedDays, type PageDates, type PageDateKind } from '../article/page-dates';
import type { Settings } from '../settings/settings';
import { isCalendarDay } from './days';
import { formatDate, formatDay } from './display';
import { fillLabel } from './labels';
import { instantIn } from './zones';

export interface DateLine {
  /** The filled label template: "Published Feb. 18, 2021, 9:14 p.m. EST". */
  text: string;
  /** The date as the line prints it ("Feb. 18, 2021, 9:14 p.m. EST"), where <time> goes. */
  date: string;
  /** The instant in ISO 8601 with the newsroom zone's offset, or the day alone, for <time datetime>. */
  datetime: string;
  /** True when only the day is known. */
  dayOnly: boolean;
}

export type UpdateLine = DateLine & { kind: UpdateKind; note: string; id: string };

export interface DateLines {
  published: DateLine | null;
  lastUpdated: DateLine | null;
  /** The updates log in the article's order (oldest first). */
  updates: UpdateLine[];
}

export type DateSettings = Pick<Settings, 'dateStyle' | 'dateLabels' | 'timeZone'>;

export type DatedArticle = Pick<Article, 'publishedAt' | 'updatedAt' | 'updates'> &
  Partial<Pick<Article, 'publishStamps' | 'pageDates'>>;

/** One line; `day` when only the day is known. */
function line(template: string, at: string, settings: DateSettings, day: string | undefined, note?: string): DateLine {
  const date =
    day === undefined ? formatDate(at, settings.dateStyle, settings.timeZone) : formatDay(day, settings.dateStyle);
  return {
    text: fillLabel(template, { date, note }),
    date,
    datetime: day ?? instantIn(settings.timeZone, at),
    dayOnly: day !== undefined,
  };
}

export function dateLines(article: DatedArticle, settings: DateSettings): DateLines {
  const labels = settings.dateLabels;
  const days = adoptedDays(article.pageDates);
  // The publication time is the last publish stamp's: a later correction of it is a time of its own.
  const lastStamp = article.publishStamps?.at(-1);
  const publishedDay = lastStamp?.publishedAt === article.publishedAt ? days.get(lastStamp?.id ?? '') : undefined;
  const lastUpdate = article.updates.findLast((update) => update.at === article.updatedAt);
  const updatedDay = lastUpdate === undefined ? undefined : days.get(lastUpdate.id);
  return {
    published:
      article.publishedAt === null ? null : line(labels.published, article.publishedAt, settings, publishedDay),
    lastUpdated: article.updatedAt === null ? null : line(labels.lastUpdated, article.updatedAt, settings, updatedDay),
    updates: article.updates.map(({ id, kind, at, note }) => ({
      ...line(labels[kind], at, settings, days.get(id), note),
      kind,
      note,
      id,
    })),
  };
}

/** A date an imported page gave, still waiting to be adopted or cleared, in the house template. */
export interface PageDateLine extends DateLine {
  kind: PageDateKind;
}

/** The page's dates that wait for a decision, as they would print once adopted. */
export function pendingDateLines(pageDates: PageDates | undefined, settings: DateSettings): PageDateLine[] {
  const templates = { published: settings.dateLabels.published, updated: settings.dateLabels.lastUpdated };
  return (['published', 'updated'] as const).flatMap((kind) => {
    const entry = pageDates?.[kind];
    if (!entry || entry.settled !== null) return [];
    return [
      { ...line(templates[kind], entry.date, settings, isCalendarDay(entry.date) ? entry.date : undefined), kind },
    ];
  });
}
