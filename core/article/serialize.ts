// Article files on disk: pretty-printed JSON, known fields in a fixed order, unknown ones after.
import { ARTICLE_KEY_ORDER, type Article } from './article';

export function serializeArticle(article: Article): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ARTICLE_KEY_ORDER) ordered[key] = article[key];
  for (const key of Object.keys(article)) if (!(key in ordered)) ordered[key] = article[key];
  return JSON.stringify(ordered, null, 2) + '\n';
}
