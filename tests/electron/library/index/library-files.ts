// Test helpers: article files written the way Byline writes them, in throwaway library folders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newArticle, type Article } from '../../../../core/article/article';
import { serializeArticle } from '../../../../core/article/serialize';
import { paragraphs as bodyOf } from '../../../builders/body';

export function tempFolder(prefix = 'byline-index-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface ArticleSpec {
  id: string;
  headline: string;
  paragraphs?: string[];
  savedAt?: string;
  /** Any other field of the article: deck, bylines, tags, sources… */
  fields?: Partial<Article>;
}

export function articleJson({
  id,
  headline,
  paragraphs = [],
  savedAt = '2025-01-01T09:00:00.000Z',
  fields = {},
}: ArticleSpec): string {
  const article = newArticle({ id, slug: id, headline, now: savedAt });
  const body = bodyOf(...(paragraphs.length > 0 ? paragraphs : ['']));
  return serializeArticle({
    ...article,
    ...fields,
    body,
  });
}

/** Writes `<id>.byline.json` and returns its file name. */
export function writeArticle(folder: string, spec: ArticleSpec): string {
  const file = `${spec.id}.byline.json`;
  writeFileSync(join(folder, file), articleJson(spec));
  return file;
}
