// The cold pass over a library's files: the full readArticle check of every body (which the quick
// list check leaves out) and the full-text index, in one read of each file. Runs in the search worker.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle, type FileProblem } from '../../../core/article/read';
import { bodyPlainText, countWords } from '../../../core/body/text';
import { buildIndex, type IndexInput } from './build-index';
import type { CompactIndex } from './compact-index';

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
  /** The files found unfit. */
  verdicts: Verdict[];
  /** The readable articles' verdicts with their word counts: counted after the index is handed over, since search does not wait for them. */
  count(): Verdict[];
}

/** Reads the file and the size and mtime of exactly the version read (one open file, no race). */
function readWithStat(path: string): { bytes: Uint8Array; size: number; mtimeMs: number } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    const bytes = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: bytes.subarray(0, offset), size: stat.size, mtimeMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

export function buildShard(folder: string, files: readonly string[]): BuiltShard {
  const verdicts: Verdict[] = [];
  const readable: { file: string; size: number; mtimeMs: number; text: string }[] = [];
  function* inputs(): Generator<IndexInput> {
    for (const file of files) {
      let read: ReturnType<typeof readWithStat>;
      try {
        read = readWithStat(join(folder, file));
      } catch {
        continue;
      }
      const result = readArticle(read.bytes);
      if (!result.ok) {
        verdicts.push({ file, size: read.size, mtimeMs: read.mtimeMs, problem: result.problem, words: null });
        continue;
      }
      const { article } = result;
      const text = bodyPlainText(article.body);
      readable.push({ file, size: read.size, mtimeMs: read.mtimeMs, text });
      yield { doc: { file, id: article.id, size: read.size, mtimeMs: read.mtimeMs }, headline: article.headline, text };
    }
  }
  return {
    index: buildIndex(inputs()),
    verdicts,
    // The texts are built for the index anyway; counting one equals countBodyWords(article.body).
    count: () => readable.map(({ text, ...version }) => ({ ...version, problem: null, words: countWords(text) })),
  };
}
