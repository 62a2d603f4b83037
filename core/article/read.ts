// Reading an article file: every way a file can be unfit, each with a reason a reporter understands.
import { z } from 'zod';
import { ArticleSchema, type Article } from './article';
import { withEarlierImportDates } from './earlier-import';
import { ARTICLE_FORMAT, ARTICLE_VERSION, MAX_ARTICLE_BYTES } from './format';
import { showableBody } from '../body/newer-content';
import { bodySchema, checkBody } from '../body/schema';

export type FileProblemCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'NOT_JSON'
  | 'NOT_AN_ARTICLE'
  | 'INVALID'
  | 'NEWER_VERSION'
  | 'OUTSIDE_LIBRARY'
  | 'UNREADABLE';

export interface FileProblem {
  code: FileProblemCode;
  message: string;
}

export type ReadArticle =
  { ok: true; article: Article; readOnly: FileProblem | null } | { ok: false; problem: FileProblem };

export interface ReadOptions {
  /**
   * Load the body into the editor's schema (default true). The library list of a cold library
   * skips it, because it costs several times the read itself; opening an article never does.
   * A file from a newer Byline is always checked whole, so the list says what opening it does.
   */
  checkBody?: boolean;
  maxBytes?: number;
}

// The body checked only for being a document: the rest is checkBody's work (or skipped on request).
const ShallowArticleSchema = ArticleSchema.extend({
  body: z
    .looseObject({ type: z.string() })
    .refine((node) => node.type === 'doc', 'the body must be a ProseMirror document'),
});

// One decoder for every read: making one per file costs more than decoding a short article.
const utf8 = new TextDecoder('utf-8', { fatal: true });

const problem = (code: FileProblemCode, message: string): ReadArticle => ({ ok: false, problem: { code, message } });

export function tooLargeProblem(size: number, limit = MAX_ARTICLE_BYTES): FileProblem {
  return {
    code: 'TOO_LARGE',
    message: `The file is ${formatSize(size)}; articles larger than ${formatSize(limit)} are not opened.`,
  };
}

/** Validates the whole file: bytes, JSON, fields, and (unless told not to) the body against the editor's schema. */
export function readArticle(bytes: Uint8Array, options: ReadOptions = {}): ReadArticle {
  const { checkBody: deep = true, maxBytes = MAX_ARTICLE_BYTES } = options;
  if (bytes.length === 0) return problem('EMPTY', 'The file is empty.');
  if (bytes.length > maxBytes) return { ok: false, problem: tooLargeProblem(bytes.length, maxBytes) };
  if (bytes.includes(0)) return problem('BINARY', 'The file holds binary data, not article text.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem('BINARY', 'The file is not UTF-8 text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return problem('NOT_JSON', `The file is not complete JSON (it may have been cut off while saving): ${detail}`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== ARTICLE_FORMAT) {
    return problem('NOT_AN_ARTICLE', `The file is not a Byline article (no "format": "${ARTICLE_FORMAT}" marker).`);
  }
  const version = (json as { version?: unknown }).version;
  const newer = typeof version === 'number' && version > ARTICLE_VERSION;
  // The body's shape is left to ProseMirror's own check below, which is stricter than any schema
  // of JSON shapes and would otherwise walk every node a second time.
  const parsed = ShallowArticleSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'file';
    const detail = `${where}: ${first?.message ?? 'invalid'}`;
    if (newer)
      return problem(
        'NEWER_VERSION',
        `${newerVersion(version)}, and holds fields this version cannot read (${detail}). It cannot be opened here: open it in a newer Byline.`,
      );
    return problem('INVALID', `The file does not fit the article format (${detail}).`);
  }
  const article = withEarlierImportDates(parsed.data as Article);
  // A newer file is always read whole, even for a quick list: the list must say what opening it does.
  if (newer) return readNewer(article, version);
  if (deep) {
    const body = checkBody(article.body);
    if (!body.ok) {
      if (body.wrongValue) return problem('INVALID', `The body does not fit the article format: ${body.message}.`);
      return problem('INVALID', `The body holds content this version cannot edit without losing it (${body.message}).`);
    }
  }
  return { ok: true, article, readOnly: null };
}

const newerVersion = (version: number) =>
  `The file was written by a newer version of Byline (format ${version}; this one reads format ${ARTICLE_VERSION})`;

/**
 * A newer file opens read-only. What this version does not know of its body is shown as
 * placeholders (the article in memory holds them; the file is never written), and such an
 * article is not exported. A body laid out in a way no placeholder can stand in for is refused.
 */
function readNewer(article: Article, version: number): ReadArticle {
  const showable = showableBody(article.body, bodySchema());
  const body = checkBody(showable.body, { placeholders: true });
  if (!body.ok) {
    return problem(
      'NEWER_VERSION',
      `${newerVersion(version)}, and its body is laid out in a way this version cannot show (${body.message}). It cannot be opened here: open it in a newer Byline.`,
    );
  }
  if (showable.unknown.length === 0)
    return {
      ok: true,
      article,
      readOnly: { code: 'NEWER_VERSION', message: `${newerVersion(version)}. It opens read-only.` },
    };
  return {
    ok: true,
    article: { ...article, body: showable.body },
    readOnly: {
      code: 'NEWER_VERSION',
      message: `${newerVersion(version)}. It opens read-only: what this version does not know (${showable.unknown.join(', ')}) is shown as placeholders, and it cannot be exported.`,
    },
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
