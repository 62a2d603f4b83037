// What the library list needs from one article file, checked quickly: everything core's
// readArticle checks except loading the body into the editor's schema. That step costs about four
// naive reads of the whole library, so the search worker runs the full readArticle instead and
// reports the files it refuses (see search-build.ts).
import { z } from 'zod';
import { ArticleSchema } from '../../../core/article/article';
import { ARTICLE_FORMAT, ARTICLE_VERSION, MAX_ARTICLE_BYTES } from '../../../core/article/format';
import type { FileProblem } from '../../../core/article/read';
import type { BodyJSON } from '../../../core/body/schema';
import { bodyPlainText, countWords } from '../../../core/body/text';


export interface Summary {
  id: string;
  headline: string;
  status: string;
  savedAt: string;
  words: number;
  readOnly: FileProblem | null;
}

export type SummaryRead = { ok: true; summary: Summary; text: string } | { ok: false; problem: FileProblem };

const ShallowArticle = ArticleSchema.extend({
  body: z.looseObject({ type: z.string() }).refine((node) => node.type === 'doc', 'the body must be a ProseMirror document'),
});

const decoder = new TextDecoder('utf-8', { fatal: true });
const refuse = (code: FileProblem['code'], message: string): SummaryRead => ({ ok: false, problem: { code, message } });
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export function tooLarge(size: number): FileProblem {
  return { code: 'TOO_LARGE', message: `The file is ${megabytes(size)} MB; articles larger than ${megabytes(MAX_ARTICLE_BYTES)} MB are not opened.` };
}

/** The same verdicts and messages as readArticle for everything but the body's schema. */
export function readSummary(bytes: Uint8Array): SummaryRead {
  if (bytes.length === 0) return refuse('EMPTY', 'The file is empty.');
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, problem: tooLarge(bytes.length) };
  if (bytes.includes(0)) return refuse('BINARY', 'The file holds binary data, not article text.');
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    if (error instanceof SyntaxError) return refuse('NOT_JSON', `The file is not complete JSON (it may have been cut off while saving): ${error.message}`);
    return refuse('BINARY', 'The file is not UTF-8 text.');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== ARTICLE_FORMAT) {
    return refuse('NOT_AN_ARTICLE', `The file is not a Byline article (no "format": "${ARTICLE_FORMAT}" marker).`);
  }
  const version = (json as { version?: unknown }).version;
  const newer: FileProblem | null =
    typeof version === 'number' && version > ARTICLE_VERSION
      ? { code: 'NEWER_VERSION', message: `The file was written by a newer version of Byline (format ${String(version)}; this one reads format ${ARTICLE_VERSION}). It opens read-only.` }
      : null;
  const parsed = ShallowArticle.safeParse(json);
  if (!parsed.success) {
    if (newer) return { ok: false, problem: newer };
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'file';
    return refuse('INVALID', `The file does not fit the article format (${where}: ${first?.message ?? 'invalid'}).`);
  }
  const article = parsed.data;
  const text = bodyPlainText(article.body as BodyJSON);
  return {
    ok: true,
    text,
    summary: { id: article.id, headline: article.headline, status: article.status, savedAt: article.savedAt, words: countWords(text), readOnly: newer },
  };
}
