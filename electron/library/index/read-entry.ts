// One library file read for the list: its entry, and (after the full check) its text for search.
import { join } from 'node:path';
import { readArticle, type FileProblem } from '../../../core/article/read';
import { countBodyWords } from '../../../core/body/text';
import { reviewOf } from '../../../core/review/review';
import { bodyAsItStands } from '../../../core/review/as-it-stands';
import { RefusedFile } from '../bounded-read';
import { unreadableProblem } from '../disk-errors';
import { fileNameForSlug } from '../library-paths';
import type { IndexInput } from './build-index';
import type { CachedEntry } from './list-cache-format';
import { searchFields } from './search-fields';

export interface ReadEntry {
  cached: CachedEntry;
  /** The texts search indexes; only a full read gives them (a quick one leaves bodies to the workers). */
  input: IndexInput | null;
}

/** What the file's size and mtime were when the list looked at it. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
}

/**
 * Reads `file` of `folder` through `readFile`. `full` loads the body into the editor's schema too
 * and counts its words; without it only the quick check runs and the words stay uncounted.
 */
export function readEntry(
  readFile: (path: string) => Uint8Array,
  folder: string,
  file: string,
  full: boolean,
  { size, mtimeMs }: FileVersion,
): ReadEntry {
  const unreadable = (error: FileProblem): ReadEntry => ({
    cached: { size, mtimeMs, checked: true, entry: { kind: 'unreadable', file, error } },
    input: null,
  });
  let bytes: Uint8Array;
  try {
    bytes = readFile(join(folder, file));
  } catch (error) {
    return unreadable(error instanceof RefusedFile ? error.problem : unreadableProblem(error));
  }
  const result = readArticle(bytes, { checkBody: full });
  if (!result.ok) return unreadable(result.problem);
  const { article } = result;
  return {
    cached: {
      size,
      mtimeMs,
      checked: full,
      namedForSlug: file === fileNameForSlug(article.slug),
      entry: {
        kind: 'article',
        file,
        id: article.id,
        headline: article.headline,
        section: article.section,
        status: article.status,
        savedAt: article.savedAt,
        words: full ? countBodyWords(bodyAsItStands(article.body)) : null,
        readOnly: result.readOnly,
        ...deskOf(article),
      },
    },
    input: full ? { doc: { file, id: article.id, size, mtimeMs }, ...searchFields(article) } : null,
  };
}

/** The list's view of the desk: stage, assignee and due time (a file with no review is a draft, or published). */
function deskOf(article: Parameters<typeof reviewOf>[0]) {
  const { stage, assignee, due } = reviewOf(article);
  return { stage, assignee, due };
}
