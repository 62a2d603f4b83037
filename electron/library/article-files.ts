// Reading one article file from the library with its revision, and finding an article's file by
// id when nobody has told us where it is.
import type { Article } from '../../core/article/article';
import { isArticleFileName } from '../../core/article/format';
import { readArticle, type FileProblem } from '../../core/article/read';
import type { Revision } from '../../core/ipc/contract';
import { copiesAmong, type IdClaim } from './duplicate-ids';
import { errorCode, type FileSystem } from './file-system';
import { fileNameForSlug, resolveInLibrary } from './library-paths';
import { revisionOf } from './revision';

export type ArticleFile =
  | { ok: true; article: Article; readOnly: FileProblem | null; revision: Revision }
  | { ok: false; problem: FileProblem };

/**
 * Reads and validates `file`. A symlink out of the library throws OUTSIDE_LIBRARY before
 * anything is read; a missing file throws ENOENT; every other unfit file (a pipe, a device, one
 * too large: refused before reading) is a problem value.
 */
export async function readArticleFile(
  fs: FileSystem,
  folder: string,
  file: string,
  maxBytes: number,
): Promise<ArticleFile> {
  const path = await resolveInLibrary(fs, folder, file);
  const read = await fs.readBounded(path, maxBytes);
  if (read.kind === 'refused') return { ok: false, problem: read.problem };
  const parsed = readArticle(read.bytes, { maxBytes });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    article: parsed.article,
    readOnly: parsed.readOnly,
    revision: revisionOf(read.bytes, read.mtimeMs),
  };
}

/**
 * Every article id in the folder and the file holding it; unreadable files and links out are
 * skipped. A copy carrying another file's id is found under the id it is known by (duplicate-ids.ts).
 */
export async function scanArticleIds(fs: FileSystem, folder: string, maxBytes: number): Promise<Map<string, string>> {
  const claims: IdClaim[] = [];
  for (const name of (await fs.readdir(folder)).sort()) {
    if (!isArticleFileName(name)) continue;
    const claim = await peekClaim(fs, folder, name, maxBytes).catch(() => null);
    if (claim) claims.push(claim);
  }
  const copies = copiesAmong(claims);
  return new Map(claims.map(({ id, file }) => [copies.get(file)?.id ?? id, file]));
}

async function peekClaim(fs: FileSystem, folder: string, file: string, maxBytes: number): Promise<IdClaim | null> {
  const read = await fs.readBounded(await resolveInLibrary(fs, folder, file), maxBytes);
  if (read.kind === 'refused') return null;
  const json: unknown = JSON.parse(new TextDecoder().decode(read.bytes));
  if (typeof json !== 'object' || json === null) return null;
  const { id, slug } = json as { id?: unknown; slug?: unknown };
  return typeof id === 'string'
    ? { file, id, namedForSlug: typeof slug === 'string' && fileNameForSlug(slug) === file }
    : null;
}

export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}
