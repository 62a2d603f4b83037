// Setting or lifting an embargo: while `embargoUntil` is in the future, stamping as published is
// refused. Once published, an embargo no longer holds anything back, so it is not changed then.
import type { Article } from '../article/article';
import { formatRecordTime } from '../dates/display';
import { readTime, refuse, zoneProblem, type StampResult } from './stamp-result';

export interface EmbargoOptions {
  /** The time the embargo lifts, or null to lift it now. */
  until: string | null;
  timeZone: string;
}

export function setEmbargo(article: Article, { until, timeZone }: EmbargoOptions): StampResult {
  const zone = zoneProblem(timeZone);
  if (zone !== null) return refuse(zone);
  if (article.publishedAt !== null)
    return refuse(
      `This article was published at ${formatRecordTime(article.publishedAt, timeZone)}; an embargo can only be set or lifted before publication.`,
    );
  if (until === null) return { ok: true, article: { ...article, embargoUntil: null } };
  const read = readTime(timeZone, until, 'The embargo time');
  if (!read.ok) return refuse(read.reason);
  return { ok: true, article: { ...article, embargoUntil: read.instant } };
}
