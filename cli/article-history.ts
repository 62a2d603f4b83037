// An article file's history (the `.FILE.history` beside it, electron/library/history) as the
// command line reaches it: through the file the path leads to, as every write goes, so a link's
// history is its article's. A history that cannot be read in full is said on stderr, and what
// could be read is still listed: a damaged history never hides the article.
import { realpath } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { articleHistory, type ArticleHistory, type RevisionEntry } from '../electron/library/history/history-store';
import { readArticleOnDisk, unreadable } from './commands/check';
import { UsageError } from './usage';

export interface FileHistory {
  /** The article's file name in its folder: what the history calls it. */
  readonly name: string;
  readonly history: ArticleHistory;
}

/** The history of the article file at `file`; exit 1 when it is not an article Byline can read. */
export async function historyOfFile(file: string): Promise<FileHistory> {
  await readArticleOnDisk(file);
  const target = await realpath(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  return { name: basename(target), history: articleHistory(dirname(target)) };
}

/** Every revision that could be read, oldest first; a problem reading the rest goes to stderr. */
export async function revisionsOf(file: string, { name, history }: FileHistory): Promise<RevisionEntry[]> {
  const { revisions, problem } = await history.list(name);
  if (problem) process.stderr.write(`byline: ${file}: ${problem}\n`);
  return revisions;
}

/** A revision number as given after --from, --to or as REV: a whole number from 1. */
export function revisionNumber(value: string, label: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(`${label} must be a revision number, like 3, not ${value}`);
  return Number(value);
}
