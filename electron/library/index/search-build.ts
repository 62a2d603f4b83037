// The cold pass over a library's files: the full readArticle check of every body (which the quick
// list check leaves out), the full-text index and the word counts, in one read of each file and
// one pass over its text. Runs in the search worker.
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { readArticle, type FileProblem } from '../../../core/article/read';
import { readBoundedSync, type BoundedRead } from '../bounded-read';
import { countWords } from '../../../core/body/text';
import { IndexBuilder } from './build-index';
import type { CompactIndex } from './compact-index';
import { layoutIndex } from './index-format';
import { searchFields } from './search-fields';

/** A file's verdict as of the version read: problem is null when it is a readable article (read-only ones included). */
export interface Verdict {
  file: string;
  size: number;
  mtimeMs: number;
  problem: FileProblem | null;
  /** The body's word count; null when the file is unfit. */
  words: number | null;
}

export interface BuiltShard {
  index: CompactIndex;
  /** The index in the search cache's format; `index`'s arrays are views into it. */
  encoded: Uint8Array;
  /** The files found unfit. */
  verdicts: Verdict[];
  /** The readable articles' verdicts with their word counts, which search does not wait for. */
  counted: Verdict[];
}

export function buildShard(folder: string, files: readonly string[]): BuiltShard {
  const builder = new IndexBuilder();
  const verdicts: Verdict[] = [];
  const counted: Verdict[] = [];
  for (const file of files) {
    // The size and mtime are those of exactly the version read (one open file, no race); a pipe
    // or a device swapped in since the list looked is refused without waiting or reading.
    let read: BoundedRead;
    try {
      read = readBoundedSync(join(folder, file), MAX_ARTICLE_BYTES);
    } catch {
      continue;
    }
    const { size, mtimeMs } = read;
    if (read.kind === 'refused') {
      verdicts.push({ file, size, mtimeMs, problem: read.problem, words: null });
      continue;
    }
    const result = readArticle(read.bytes);
    if (!result.ok) {
      verdicts.push({ file, size, mtimeMs, problem: result.problem, words: null });
      continue;
    }
    const { article } = result;
    const fields = searchFields(article);
    const words = builder.add({ doc: { file, id: article.id, size, mtimeMs }, ...fields });
    // Counting the text equals countBodyWords(article.body); plain ASCII was counted while indexing.
    counted.push({ file, size, mtimeMs, problem: null, words: words >= 0 ? words : countWords(fields.text) });
  }
  // Built straight into the cache's format, which the worker hands over and the cache is saved from.
  let encoded: Uint8Array = new Uint8Array(0);
  const index = builder.finish(undefined, (head, postings) => {
    const laid = layoutIndex(head, postings, folder);
    encoded = laid.bytes;
    return laid;
  });
  return { index, encoded, verdicts, counted };
}
