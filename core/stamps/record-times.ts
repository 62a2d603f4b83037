// The first and last update times on an article's record, from the log and `updatedAt` alike:
// the bounds a publication time or a new update is checked against.
import type { Article } from '../article/article';
import { isAfter, isBefore } from './stamp-result';

/** The latest stamped update time, from the log and `updatedAt` alike; null before any update. */
export function latestUpdate(article: Pick<Article, 'updatedAt' | 'updates'>): string | null {
  let latest = article.updatedAt;
  for (const update of article.updates) if (latest === null || isAfter(update.at, latest)) latest = update.at;
  return latest;
}

/** The first stamped update time: a publication time may not come after it. Null before any update. */
export function earliestUpdate(article: Pick<Article, 'updatedAt' | 'updates'>): string | null {
  let earliest = article.updatedAt;
  for (const update of article.updates) if (earliest === null || isBefore(update.at, earliest)) earliest = update.at;
  return earliest;
}
