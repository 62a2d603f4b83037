// Reading one article file from the library with its revision, and finding an article's file by
// id when nobody has told us where it is.
import type { Article } from '../../core/article/article';
import { isArticleFileName } from '../../core/article/format';
import { readArticle, tooLargeProblem, type FileProblem } from '../../core/article/read';
import type { Revision } from '../../core/ipc/contract';
import { errorCode, type FileSystem } from './file-system';
import { resolveInLibrary } from './library-paths';
import { revisionOf } from './revision';

export type ArticleFile =
  | { ok: true; article: Article; readOnly: FileProblem | null; revision: Revision }
  | { ok: false; problem: FileProblem };

/**
 * Reads and validates `file`. A symlink out of the library throws OUTSIDE_LIBRARY before
 * anything is read; a missing file throws ENOENT; every other unfit file is a problem value.
 */
export async function readArticleFile(fs: FileSystem, folder: string, file: string, maxBytes: number): Promise<ArticleFile> {
  const path = await resolveInLibrary(fs, folder, file);
  const info = await fs.stat(path);
  if (!info.isFile()) return { ok: false, problem: { code: 'UNREADABLE', message: 'This is a folder or device, not an article file.' } };
  // Checked before reading, so a huge stray file is never pulled into memory.
  if (info.size > maxBytes) return { ok: false, problem: tooLargeProblem(info.size, maxBytes) };
  const bytes = await fs.readFile(path);
  if (bytes.length > maxBytes) return { ok: false, problem: tooLargeProblem(bytes.length, maxBytes) };
  const read = readArticle(bytes, { maxBytes });
  if (!read.ok) return read;
  return { ok: true, article: read.article, readOnly: read.readOnly, revision: revisionOf(bytes, info.mtimeMs) };
}

/** Every article id in the folder and the file holding it; unreadable files and links out are skipped. */
export async function scanArticleIds(fs: FileSystem, folder: string, maxBytes: number): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const name of (await fs.readdir(folder)).sort()) {
    if (!isArticleFileName(name)) continue;
    const id = await peekId(fs, folder, name, maxBytes).catch(() => null);
    if (id !== null && !found.has(id)) found.set(id, name);
  }
  return found;
}

async function peekId(fs: FileSystem, folder: string, name: string, maxBytes: number): Promise<string | null> {
  const path = await resolveInLibrary(fs, folder, name);
  if ((await fs.stat(path)).size > maxBytes) return null;
  const json: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(path)));
  const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

