// Where an export may write: never over the article it exports, nor over any Byline article file.
// Paths are not compared as strings: a symbolic link to the article's folder, a hard link, or a
// name in another case on a case-insensitive disk all reach the same file by a different path.
import { basename } from 'node:path';
import { ARTICLE_EXTENSION } from '../../../core/article/format';
import { BylineError } from '../../../core/ipc/errors';
import { diskReason } from '../disk-errors';
import { errorCode, type FileStat, type FileSystem } from '../file-system';

/** Node's stats carry the file's identity; a stand-in file system may not. */
type StatWithIdentity = FileStat & { dev?: number; ino?: number };

/**
 * Names an article file has on any disk: `.byline.json` in any case, and with the trailing dots
 * and spaces Windows ignores (`Storm.BYLINE.JSON.` is `storm.byline.json` there).
 */
export function isArticleFileNameOnAnyDisk(path: string): boolean {
  return basename(path)
    .replace(/[. ]+$/, '')
    .toLowerCase()
    .endsWith(ARTICLE_EXTENSION);
}

async function statOrNull(fs: FileSystem, path: string): Promise<StatWithIdentity | null> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    throw new BylineError('IO', `Could not check ${path} before exporting to it: ${diskReason(error)}.`);
  }
}

async function sameFile(
  fs: FileSystem,
  a: { path: string; stat: StatWithIdentity },
  b: { path: string; stat: StatWithIdentity },
): Promise<boolean> {
  if (a.stat.ino && b.stat.ino) return a.stat.ino === b.stat.ino && a.stat.dev === b.stat.dev;
  const [realA, realB] = await Promise.all([fs.realpath(a.path), fs.realpath(b.path)]);
  return realA === realB;
}

/**
 * Refuses, before anything is written, an output that is a folder, an article file by its name,
 * or the article itself by its identity. `suggestion` is a file name to offer when the reporter
 * named a folder (null when Byline chose the name).
 */
export async function checkExportTarget(
  fs: FileSystem,
  article: string,
  target: string,
  suggestion: string | null,
): Promise<void> {
  if (isArticleFileNameOnAnyDisk(target)) {
    throw new BylineError(
      'BAD_ARGUMENTS',
      `An export is never written as a Byline article file (${target}): give it a name ending in .html. Nothing was written.`,
    );
  }
  const existing = await statOrNull(fs, target);
  if (existing === null) return;
  if (existing.isDirectory()) {
    const instead =
      suggestion === null
        ? 'a folder is in the way of the export'
        : `give the export a file name, such as ${suggestion}`;
    throw new BylineError('BAD_ARGUMENTS', `${target} is a folder: ${instead}. Nothing was written.`);
  }
  const source = await statOrNull(fs, article);
  if (source !== null && (await sameFile(fs, { path: target, stat: existing }, { path: article, stat: source }))) {
    throw new BylineError(
      'BAD_ARGUMENTS',
      `The export would overwrite the article file itself: ${target} is ${article}. Nothing was written.`,
    );
  }
}
