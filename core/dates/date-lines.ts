// The date lines of an article, exactly as the editor's Dates panel and the HTML export print
// them: both call this, so the two can never differ.
//
// Every line is shown in the newsroom's zone (settings.timeZone). The dateline's own zone plays
// no part: a reader compares "Published" with "Updated" and with the other stories on the page,
// which only works when all of them are in one zone, and an article's stamps must not change
// their printed time when a reporter edits the dateline.
import type { Article, UpdateKind } from '../article/article';
import type { Settings } from '../settings/settings';
import { formatDate } from './display';
import { fillLabel } from './labels';
import { instantIn } from './zones';

export interface DateLine {
  /** The filled label template: "Published Feb. 18, 2021, 9:14 p.m. EST". */
  text: string;
  /** The instant in ISO 8601 with the newsroom zone's offset, for <time datetime>. */
  datetime: string;
}

export type UpdateLine = DateLine & { kind: UpdateKind; note: string; id: string };

export interface DateLines {
  published: DateLine | null;
  lastUpdated: DateLine | null;
  /** The updates log in the article's order (oldest first). */
  updates: UpdateLine[];
}

type DateSettings = Pick<Settings, 'dateStyle' | 'dateLabels' | 'timeZone'>;

function line(template: string, at: string, settings: DateSettings, note?: string): DateLine {
  return {
    text: fillLabel(template, { date: formatDate(at, settings.dateStyle, settings.timeZone), note }),
    datetime: instantIn(settings.timeZone, at),
  };
}

export function dateLines(
  article: Pick<Article, 'publishedAt' | 'updatedAt' | 'updates'>,
  settings: DateSettings,
): DateLines {
  const labels = settings.dateLabels;
  return {
    published: article.publishedAt === null ? null : line(labels.published, article.publishedAt, settings),
    lastUpdated: article.updatedAt === null ? null : line(labels.lastUpdated, article.updatedAt, settings),
    updates: article.updates.map(({ id, kind, at, note }) => ({
      ...line(labels[kind], at, settings, note),
      kind,
      note,
      id,
    })),
  };
}
