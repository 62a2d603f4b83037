// The article files in a library folder with their size and mtime, without reading them; links
// that lead out of the library are refused here, before anything is read through them.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isArticleFileName, MAX_ARTICLE_BYTES } from '../../../core/article/format';
import type { FileProblem } from '../../../core/article/read';
import { tooLargeProblem } from '../../../core/article/read';
import { NOT_A_FILE } from '../bounded-read';
import { unreadableProblem } from '../disk-errors';

export interface FileFacts {
  file: string;
  size: number;
  mtimeMs: number;
  /** Set when the file must not be read at all. */
  problem: FileProblem | null;
}

function factsOf(folder: string, realFolder: string, file: string): FileFacts {
  const path = join(folder, file);
  const refused = (problem: FileProblem, size = 0, mtimeMs = 0): FileFacts => ({ file, size, mtimeMs, problem });
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        return refused(
          { code: 'UNREADABLE', message: 'The file is a link to something that no longer exists.' },
          link.size,
          link.mtimeMs,
        );
      }
      if (dirname(target) !== realFolder) {
        return refused(
          {
            code: 'OUTSIDE_LIBRARY',
            message: 'The file is a link to a place outside the library folder; it is not opened.',
          },
          link.size,
          link.mtimeMs,
        );
      }
    }
    const stat = link.isSymbolicLink() ? statSync(path) : link;
    if (!stat.isFile()) return refused(NOT_A_FILE, stat.size, stat.mtimeMs);
    if (stat.size > MAX_ARTICLE_BYTES) return refused(tooLargeProblem(stat.size), stat.size, stat.mtimeMs);
    return { file, size: stat.size, mtimeMs: stat.mtimeMs, problem: null };
  } catch (error) {
    return refused(unreadableProblem(error));
  }
}

/** Every `*.byline.json` name in `folder` (not below it), with what lstat and realpath say. */
export function scanLibrary(folder: string): FileFacts[] {
  const realFolder = realpathSync(folder);
  return readdirSync(folder)
    .filter(isArticleFileName)
    .map((file) => factsOf(folder, realFolder, file));
}
