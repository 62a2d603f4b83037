// The part of an article only a stamp changes (publish, update, correction of the publication
// time, embargo): never an edit of the draft, so saving alone never moves these dates.
import type { Article } from '../../core/article/article';

export const STAMPED_NAMES = ['status', 'publishedAt', 'updatedAt', 'embargoUntil', 'updates', 'publishStamps'] as const;

export type ArticleStamps = Pick<Article, (typeof STAMPED_NAMES)[number]>;

export function stampsOf(article: Article): ArticleStamps {
  const { status, publishedAt, updatedAt, embargoUntil, updates, publishStamps } = article;
  return { status, publishedAt, updatedAt, embargoUntil, updates, publishStamps };
}
