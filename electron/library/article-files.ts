// Reading one article file from the library with its revision, and the ids the folder's files
// carry, for finding an article's file when nobody has told us where it is.
import { join } from 'node:path';
import type { Article } from '../../core/article/article';
import { isArticleFileName } from '../../core/article/format';
import { readArticle, type FileProblem } from '../../core/article/read';
import type { Revision } from '../../core/ipc/contract';
import { errorCode, type FileSystem } from './file-system';
import { resolveInLibrary } from './library-paths';
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
 * The id each article file in the folder carries, by file name, from a quick look at its JSON
 * (which file is the article when several carry one id is for the store to judge, reading them in
 * full: duplicate-ids.ts); unreadable files and links out are skipped.
 */
export async function scanFileIds(
  fs: FileSystem,
  folder: string,
  maxBytes: number,
  seen?: Map<string, SeenId>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const names = (await fs.readdir(folder)).filter(isArticleFileName).sort();
  for (const name of names) {
    const id = await (seen ? seenId(fs, folder, name, maxBytes, seen) : peekId(fs, folder, name, maxBytes)).catch(
      () => null,
    );
    if (id !== null) ids.set(name, id);
  }
  if (seen) for (const name of seen.keys()) if (!names.includes(name)) seen.delete(name);
  return ids;
}

/** The id a file carried when last scanned, and the size and mtime it had then. */
export interface SeenId {
  size: number;
  mtimeMs: number;
  id: string | null;
}

/** As peekId, but a file whose size and mtime are as when last scanned is not read again (as the list's cache). */
async function seenId(
  fs: FileSystem,
  folder: string,
  file: string,
  maxBytes: number,
  seen: Map<string, SeenId>,
): Promise<string | null> {
  const info = await fs.lstat(join(folder, file));
  // A link's own size and time say nothing of the file it leads to: it is read every time.
  if (info.isSymbolicLink()) return peekId(fs, folder, file, maxBytes);
  const { size, mtimeMs } = info;
  const before = seen.get(file);
  if (before && before.size === size && before.mtimeMs === mtimeMs) return before.id;
  const id = await peekId(fs, folder, file, maxBytes).catch(() => null);
  seen.set(file, { size, mtimeMs, id });
  return id;
}

async function peekId(fs: FileSystem, folder: string, file: string, maxBytes: number): Promise<string | null> {
  const read = await fs.readBounded(await resolveInLibrary(fs, folder, file), maxBytes);
  if (read.kind === 'refused') return null;
  const json: unknown = JSON.parse(new TextDecoder().decode(read.bytes));
  if (typeof json !== 'object' || json === null) return null;
  const { id } = json as { id?: unknown };
  return typeof id === 'string' ? id : null;
}

export function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}
