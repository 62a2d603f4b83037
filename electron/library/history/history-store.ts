// Every version of an article worth going back to, kept beside it in a hidden file,
// `.<article file name>.history`, so a shared folder or a sync client carries the history with the
// article. The file is only ever appended to (history-file.ts says what a line holds), under the
// article's own lock, and each append is flushed to disk before the lock is let go: a writer
// killed mid-append loses at most the revision it was adding.
//
// The history is a help, never a gate: a missing history is an empty one, a damaged one is
// reported (`problem`) and read as far as it can be, and the store never fails a save because
// the history could not be written (article-store.ts logs it instead).
import { constants } from 'node:fs';
import { open, readFile, rename, stat, truncate } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Article } from '../../../core/article/article';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { checkBody } from '../../../core/body/schema';
import { countBodyWords } from '../../../core/body/text';
import { bodyAsItStands } from '../../../core/review/as-it-stands';
import { BylineError } from '../../../core/ipc/errors';
import { foldsIntoLast, type RevisionEntry, type RevisionMeta } from '../../../core/review/history';
import { withArticleLock, type LockOptions } from '../article-lock';
import { syncFolder } from '../atomic-write';
import { diskReason } from '../disk-errors';
import { errorCode, nodeFileSystem } from '../file-system';
import { libraryPath, resolveInLibrary } from '../library-paths';
import {
  chainLength,
  deltaData,
  keyframeData,
  parseHistory,
  revisionLine,
  seenLine,
  textAtRevision,
  type HistoryContents,
} from './history-file';

export type { RevisionEntry, RevisionMeta, RevisionReason } from '../../../core/review/history';

/**
 * A keyframe every this many revisions: enough to keep 500 typing revisions of a long article
 * within a few times its size, few enough that showing any revision rebuilds it in milliseconds.
 */
export const KEYFRAME_EVERY = 100;

/** Larger than this, a history is not read (reported instead): no article's history grows so. */
/**
 * The largest article whose revisions are kept (its file's bytes). A real story is a few hundred
 * kilobytes at most; a history of a 15 MB import would outgrow MAX_HISTORY_BYTES in four
 * revisions, and compressing it would hold the main process up for longer than a frame.
 */
export const MAX_ARTICLE_FOR_HISTORY = 2 * 1024 * 1024;

/** Why an article too large for a history has none: said once per write, never failing it. */
export function tooLargeForHistory(file: string, bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `"${file}" is ${mb} MB, too large for its history (revisions are kept for articles up to ${MAX_ARTICLE_FOR_HISTORY / (1024 * 1024)} MB); the article itself is saved.`;
}

export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

export interface ArticleHistory {
  /**
   * Adds a revision holding `article`, unless it is typing folded into the last revision (an edit
   * by the same person less than three minutes after their last) or nothing but savedAt changed:
   * then null. Throws BylineError('IO') when the history could not be written.
   */
  record(file: string, article: Article, meta: RevisionMeta): Promise<RevisionEntry | null>;
  /** Oldest first; `problem` says what could not be read, in words for the reporter. */
  list(file: string): Promise<{ revisions: RevisionEntry[]; problem: string | null }>;
  /** The article as revision `rev` held it; NOT_FOUND when there is none, UNREADABLE when it is damaged. */
  read(file: string, rev: number): Promise<Article>;
  /** Notes that `user` has seen the article as revision `rev` stands. */
  markSeen(file: string, user: string, rev: number): Promise<void>;
  /** The last revision `user` has seen, or null when they never looked. */
  lastSeen(file: string, user: string): Promise<number | null>;
}

/** `.city-budget.byline.json.history` beside `city-budget.byline.json`. */
export function historyPathFor(articlePath: string): string {
  return join(dirname(articlePath), `.${basename(articlePath)}.history`);
}

export function articleHistory(folder: string, options: { lock?: LockOptions } = {}): ArticleHistory {
  const underLock = async <T>(file: string, task: (articlePath: string) => Promise<T>): Promise<T> => {
    const articlePath = await resolveInLibrary(nodeFileSystem, folder, file);
    return withArticleLock(articlePath, () => task(articlePath), options.lock);
  };
  const historyOf = (file: string) => historyPathFor(libraryPath(folder, file));

  return {
    record: (file, article, meta) => underLock(file, (articlePath) => recordRevisionHeld(articlePath, article, meta)),

    async list(file) {
      const read = await readHistory(historyOf(file), file);
      const revisions = read.contents.revisions.map(({ rev, at, by, reason, words }) => ({
        rev,
        at,
        by,
        reason,
        words,
      }));
      return { revisions, problem: read.problem };
    },

    async read(file, rev) {
      const { contents, problem } = await readHistory(historyOf(file), file);
      if (!contents.revisions.some((record) => record.rev === rev))
        throw new BylineError('NOT_FOUND', `"${file}" has no revision ${rev}${problem ? `: ${problem}` : '.'}`);
      let text: string;
      try {
        text = textAtRevision(contents, rev);
      } catch (error) {
        throw new BylineError('UNREADABLE', `Revision ${rev} of "${file}" cannot be shown: ${reasonOf(error)}.`);
      }
      // The body was checked when the revision was recorded, and every payload since carries its
      // checksum: the body is not loaded into the schema again (it would cost most of a diff's time).
      const parsed = readArticle(new TextEncoder().encode(text), {
        maxBytes: Number.MAX_SAFE_INTEGER,
        checkBody: false,
      });
      if (!parsed.ok)
        throw new BylineError('UNREADABLE', `Revision ${rev} of "${file}" cannot be shown: ${parsed.problem.message}`);
      return parsed.article;
    },

    markSeen: (file, user, rev) =>
      underLock(file, async (articlePath) => {
        const path = historyPathFor(articlePath);
        const held = await readForAppend(path, file);
        await append(path, held, seenLine({ seen: user, rev, at: new Date().toISOString() }), articlePath);
      }),

    async lastSeen(file, user) {
      const { contents } = await readHistory(historyOf(file), file);
      const mine = contents.seen.filter((record) => record.seen === user);
      return mine.length > 0 ? mine[mine.length - 1]!.rev : null;
    },
  };
}

/**
 * record() for a writer already holding the article's lock (the article store, right after it
 * wrote the article): takes no lock of its own, which would wait on the one held.
 */
export async function recordRevisionHeld(
  articlePath: string,
  article: Article,
  meta: RevisionMeta,
  /** The body was checked against the schema already (an import's worker checked it). */
  { bodyChecked = false }: { bodyChecked?: boolean } = {},
): Promise<RevisionEntry | null> {
  const path = historyPathFor(articlePath);
  const file = basename(articlePath);
  let held = await readForAppend(path, file);
  if (held.size > 0 && (meta.reason === 'create' || meta.reason === 'import')) {
    // A new article under the name of one that was deleted: the old history is kept, set aside.
    await rename(path, `${path}.${Date.now()}.old`).catch((error: unknown) => {
      throw new BylineError('IO', `The history of "${file}" could not be started: ${diskReason(error)}.`);
    });
    held = NOTHING_HELD;
  }
  const { revisions } = held.contents;
  const last = revisions[revisions.length - 1];
  if (foldsIntoLast(last, meta)) return null;
  const body = bodyChecked ? { ok: true as const } : checkBody(article.body);
  if (!body.ok)
    throw new BylineError(
      'INVALID_ARTICLE',
      `A revision of "${file}" was not recorded: its body is unfit: ${body.message}`,
    );
  const text = serializeArticle(article);
  if (text.length > MAX_ARTICLE_FOR_HISTORY) throw new BylineError('IO', tooLargeForHistory(file, text.length));
  const previous = last ? textOrNull(held.contents, last.rev) : null;
  if (previous !== null && meta.reason !== 'restore' && onlySaveTimeChanged(previous, article)) return null;
  const entry: RevisionEntry = {
    rev: (last?.rev ?? 0) + 1,
    at: meta.at,
    by: meta.by,
    reason: meta.reason,
    // As a reader would count them: suggested words are not in the text yet.
    words: countBodyWords(bodyAsItStands(article.body)),
  };
  // A delta needs the revision just before it whole; a keyframe also ends a long chain.
  const keyframe = previous === null || chainLength(held.contents) >= KEYFRAME_EVERY - 1;
  const line = keyframe
    ? revisionLine(entry, 'key', keyframeData(text))
    : revisionLine(entry, 'delta', deltaData(previous, text));
  await append(path, held, line, articlePath);
  return entry;
}

/**
 * After a slug change renamed the article, its history follows it to the new name; a history
 * already under the new name (another article's, left behind) is never replaced.
 */
export async function moveHistory(fromArticlePath: string, toArticlePath: string): Promise<void> {
  const from = historyPathFor(fromArticlePath);
  const to = historyPathFor(toArticlePath);
  const exists = await stat(to).then(
    () => true,
    (error: unknown) => errorCode(error) !== 'ENOENT',
  );
  if (exists) return;
  await rename(from, to).catch((error: unknown) => {
    if (errorCode(error) !== 'ENOENT') throw error;
  });
}

function onlySaveTimeChanged(previous: string, article: Article): boolean {
  let savedAt: unknown;
  try {
    savedAt = (JSON.parse(previous) as { savedAt?: unknown }).savedAt;
  } catch {
    return false;
  }
  return typeof savedAt === 'string' && serializeArticle({ ...article, savedAt }) === previous;
}

function textOrNull(contents: HistoryContents, rev: number): string | null {
  try {
    return textAtRevision(contents, rev);
  } catch {
    return null;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ReadHistory {
  contents: HistoryContents;
  problem: string | null;
}

const EMPTY: HistoryContents = { revisions: [], seen: [], damaged: 0 };

/** The history as far as it can be read; never throws. */
async function readHistory(path: string, file: string): Promise<ReadHistory> {
  try {
    const bytes = await readHistoryBytes(path);
    if (bytes === null) return { contents: EMPTY, problem: null };
    const contents = parseHistory(bytes.toString('utf8'));
    return { contents, problem: problemOf(contents, file) };
  } catch (error) {
    return { contents: EMPTY, problem: `The history of "${file}" could not be read: ${diskReason(error)}.` };
  }
}

async function readHistoryBytes(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error('it is not a file'), { code: 'EISDIR' });
    if (info.size > MAX_HISTORY_BYTES) throw new Error(`it is larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MB`);
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** In words: what was skipped. Revisions that cannot be rebuilt are found when someone asks for them. */
function problemOf(contents: HistoryContents, file: string): string | null {
  const gaps: number[] = [];
  let expected = 1;
  for (const { rev } of contents.revisions) {
    for (let missing = expected; missing < rev && gaps.length < 10; missing++) gaps.push(missing);
    expected = rev + 1;
  }
  const parts: string[] = [];
  if (contents.damaged > 0)
    parts.push(`${contents.damaged} damaged ${contents.damaged === 1 ? 'line was' : 'lines were'} skipped`);
  if (gaps.length > 0) parts.push(`revision ${gaps.join(', ')}${gaps.length === 10 ? '…' : ''} missing`);
  return parts.length > 0 ? `The history of "${file}" is damaged: ${parts.join('; ')}.` : null;
}

interface HeldHistory {
  contents: HistoryContents;
  /** The bytes up to and including the last newline, where the next record goes. */
  whole: number;
  /** The file's size: more than `whole` when its last line was cut short. */
  size: number;
  /** The tail after the last newline is an append of ours cut short, so it may go. */
  tornOwn: boolean;
}

const NOTHING_HELD: HeldHistory = { contents: EMPTY, whole: 0, size: 0, tornOwn: false };

/** Reads the history to add to it (holding the lock): a history that cannot be read refuses. */
async function readForAppend(path: string, file: string): Promise<HeldHistory> {
  let bytes: Buffer | null;
  try {
    bytes = await readHistoryBytes(path);
  } catch (error) {
    throw new BylineError('IO', `The history of "${file}" could not be read: ${diskReason(error)}. Nothing was added.`);
  }
  if (bytes === null) return NOTHING_HELD;
  const whole = bytes.lastIndexOf(0x0a) + 1;
  const tail = bytes.subarray(whole, whole + 8).toString('latin1');
  return {
    contents: parseHistory(bytes.toString('utf8')),
    whole,
    size: bytes.length,
    tornOwn: whole < bytes.length && /^\{"(?:rev|seen)/u.test(tail),
  };
}

/**
 * Adds `line` at the end, flushed to disk. An append of ours cut short is cut off first; any other
 * bytes after the last newline (not ours) stay, behind a newline, so nothing is ever removed.
 */
async function append(path: string, held: HeldHistory, line: string, articlePath: string): Promise<void> {
  const file = basename(articlePath);
  const refused = (error: unknown) =>
    new BylineError('IO', `The history of "${file}" could not be written: ${diskReason(error)}.`);
  try {
    if (held.tornOwn) await truncate(path, held.whole);
    const separator = held.whole < held.size && !held.tornOwn ? '\n' : '';
    const created = held.size === 0;
    const mode = created ? await articleMode(articlePath) : undefined;
    const handle = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, mode);
    try {
      await handle.writeFile(separator + line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's name is on disk only once its folder is.
    if (created) await syncFolder(nodeFileSystem, dirname(path));
  } catch (error) {
    throw error instanceof BylineError ? error : refused(error);
  }
}

/** A new history is no more readable than the article it belongs to. */
async function articleMode(articlePath: string): Promise<number | undefined> {
  return stat(articlePath).then(
    (info) => info.mode & 0o777,
    () => undefined,
  );
}
