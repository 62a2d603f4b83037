// Reading one article file to export it: every check the app makes when it opens one, with the
// reason in words when the file cannot be exported.
import { basename, dirname } from 'node:path';
import type { Article } from '../../../core/article/article';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { readArticle } from '../../../core/article/read';
import { BylineError } from '../../../core/ipc/errors';
import { NOT_A_FILE } from '../bounded-read';
import { readReason } from '../disk-errors';
import type { FileSystem } from '../file-system';
import { resolveInLibrary } from '../library-paths';

export type ArticleForExport = { ok: true; article: Article } | { ok: false; error: string };

export interface ReadForExportOptions {
  /**
   * Refuse a symlink that leads out of the file's own folder, as the library list does. The
   * batch export of a library sets it; exporting one file the user named does not.
   */
  stayInFolder: boolean;
  maxBytes?: number;
}

export async function readForExport(
  fs: FileSystem,
  path: string,
  options: ReadForExportOptions,
): Promise<ArticleForExport> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  let bytes: Uint8Array;
  try {
    // One lstat answers for a plain file; only a link costs the extra checks.
    let info = await fs.lstat(path);
    if (info.isSymbolicLink()) {
      if (options.stayInFolder) await resolveInLibrary(fs, dirname(path), basename(path));
      info = await fs.stat(path);
    }
    if (!info.isFile()) return { ok: false, error: NOT_A_FILE.message };
    // Read through the open file, not the name: a pipe or a device swapped in after the check
    // above is refused by what the open file says it is, and a huge file is never pulled in.
    const read = await fs.readBounded(path, maxBytes);
    if (read.kind === 'refused') return { ok: false, error: read.problem.message };
    bytes = read.bytes;
  } catch (error) {
    if (error instanceof BylineError) return { ok: false, error: error.message };
    return { ok: false, error: `The file cannot be read: ${readReason(error)}.` };
  }
  // The body is checked against the schema once, by the exporter as it renders (core/export): a
  // second check here would load every body into the schema twice.
  const read = readArticle(bytes, { maxBytes, checkBody: false });
  return read.ok ? { ok: true, article: read.article } : { ok: false, error: read.problem.message };
}
