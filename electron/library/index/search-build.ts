// The cold pass over a library's files: the full readArticle check of every body (which the quick
// list check leaves out) and the full-text index, in one read of each file. Runs in the search worker.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle, type FileProblem } from '../../../core/article/read';
import { bodyPlainText } from '../../../core/body/text';
import { buildIndex, type IndexInput } from './build-index';
import type { CompactIndex } from './compact-index';

/** A file's verdict as of the version read: problem is null when it is a readable article (read-only ones included). */
export interface Verdict {
  file: string;
  size: number;
  mtimeMs: number;
  problem: FileProblem | null;
}

export interface BuiltShard {
  index: CompactIndex;
  verdicts: Verdict[];
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
  function* inputs(): Generator<IndexInput> {
    for (const file of files) {
      let read: ReturnType<typeof readWithStat>;
      try {
        read = readWithStat(join(folder, file));
      } catch {
        continue;
      }
      const result = readArticle(read.bytes);
      verdicts.push({ file, size: read.size, mtimeMs: read.mtimeMs, problem: result.ok ? null : result.problem });
      if (!result.ok) continue;
      const { article } = result;
      yield { doc: { file, id: article.id, size: read.size, mtimeMs: read.mtimeMs }, headline: article.headline, text: bodyPlainText(article.body) };
    }
  }
  return { index: buildIndex(inputs()), verdicts };
}
