// Reading and writing article files the way another program (or a test's eye) sees the library.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema, newArticle, type Article } from '../../../core/article/article';
import { ARTICLE_EXTENSION } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { bodyPlainText } from '../../../core/body/text';
import { p, unfitDoc } from '../../builders/body';

export interface ArticleOnDisk {
  file: string;
  bytes: Buffer;
  article: Article;
  text: string;
}

/** Every readable article file in the folder (unreadable ones are left out). */
export async function articlesOnDisk(folder: string): Promise<ArticleOnDisk[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(ARTICLE_EXTENSION)).sort();
  const found: ArticleOnDisk[] = [];
  for (const file of names) {
    const bytes = await readFile(join(folder, file)).catch(() => null);
    if (!bytes) continue;
    const parsed = safeJson(bytes.toString('utf8'));
    const article = ArticleSchema.safeParse(parsed);
    if (article.success) found.push({ file, bytes, article: article.data, text: bodyPlainText(article.data.body) });
  }
  return found;
}

export async function articleOnDisk(folder: string, id: string): Promise<ArticleOnDisk | null> {
  return (await articlesOnDisk(folder)).find((entry) => entry.article.id === id) ?? null;
}

/** A well-formed article file with paragraphs of text, as Byline (or another program) writes it. */
export function articleFileText(input: {
  id: string;
  headline: string;
  paragraphs: string[];
  version?: number;
  now?: string;
}): string {
  const now = input.now ?? '2024-05-01T09:00:00.000Z';
  const base = newArticle({ id: input.id, slug: 'story', headline: input.headline, now });
  const article: Article = {
    ...base,
    version: input.version ?? base.version,
    body: unfitDoc(...input.paragraphs.map((text) => p(text))),
  };
  return serializeArticle(article);
}

/** Another program rewrites the article in place: same id, its own headline and text. */
export async function rewriteOnDisk(
  folder: string,
  entry: ArticleOnDisk,
  headline: string,
  paragraphs: string[],
): Promise<Buffer> {
  const text = articleFileText({ id: entry.article.id, headline, paragraphs, now: new Date().toISOString() });
  await writeFile(join(folder, entry.file), text);
  return Buffer.from(text);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
