// The library list cache's file in the user-data folder: one entry per file, valid while size and mtime match.
// Each file is one row of primitives rather than an object with named fields: the file is about
// half the size and parses in about half the time, which is most of a warm list's cost after the
// folder scan. Rows are saved in list order, so the next start usually needs no sort.
import { readFileSync } from 'node:fs';
import { UnreadableEntry, type LibraryEntry } from '../../../core/ipc/contract';
import { STAGES, type Stage } from '../../../core/review/review';
import type { FileProblem } from '../../../core/article/read';
import { writeFileAtomic } from '../atomic-write';

export interface CachedEntry {
  size: number;
  mtimeMs: number;
  entry: LibraryEntry;
  /** Whether the body was loaded into the editor's schema too (full readArticle), not just the quick check. */
  checked: boolean;
  /** For an article: whether its file name is its slug's, which tells an original from a copy carrying the same id. */
  namedForSlug?: boolean;
}

/**
 * An article: [file, size, mtimeMs, checked, id, headline, section, status, savedAt, words,
 * readOnly code, readOnly message, namedForSlug, stage, assignee, due].
 */
type ArticleRow = [
  string,
  number,
  number,
  boolean,
  string,
  string,
  string,
  string,
  string,
  number | null,
  string | null,
  string | null,
  boolean,
  string,
  string | null,
  string | null,
];
/** An unreadable file: [file, size, mtimeMs, checked, error code, error message]. */
type UnreadableRow = [string, number, number, boolean, string, string];
type Row = ArticleRow | UnreadableRow;

// Rows carry no kind: their length tells the two apart.
const ARTICLE_ROW_LENGTH = 16;
const UNREADABLE_ROW_LENGTH = 6;

// Version 2 was one object per file, keyed by name; version 3 had no namedForSlug; version 4 had no
// stage, assignee or due time. Each loads as empty and the files are read again.
const FORMAT = 'byline.library-list';
const VERSION = 5;

interface CacheFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  folder: string;
  rows: Row[];
}

// The reasons the list's IPC contract accepts: a row with any other would make the whole list fail it.
const PROBLEM_CODES: ReadonlySet<string> = new Set(UnreadableEntry.shape.error.shape.code.options);

const problemOf = (code: unknown, message: unknown): FileProblem | null =>
  typeof code === 'string' && PROBLEM_CODES.has(code) && typeof message === 'string'
    ? { code: code as FileProblem['code'], message }
    : null;

/**
 * The cached entry a row stands for, or null when any field has the wrong type: that file is then
 * simply read again, as if it had changed. Checks only types, which is what the list relies on.
 */
function entryOf(row: unknown): CachedEntry | null {
  if (!Array.isArray(row)) return null;
  const file: unknown = row[0];
  const size: unknown = row[1];
  const mtimeMs: unknown = row[2];
  const checked: unknown = row[3];
  if (
    typeof file !== 'string' ||
    typeof size !== 'number' ||
    typeof mtimeMs !== 'number' ||
    typeof checked !== 'boolean'
  )
    return null;
  if (row.length === UNREADABLE_ROW_LENGTH) {
    const error = problemOf(row[4], row[5]);
    return error && { size, mtimeMs, checked, entry: { kind: 'unreadable', file, error } };
  }
  if (row.length !== ARTICLE_ROW_LENGTH) return null;
  const id: unknown = row[4];
  const headline: unknown = row[5];
  const section: unknown = row[6];
  const status: unknown = row[7];
  const savedAt: unknown = row[8];
  const words: unknown = row[9];
  const namedForSlug: unknown = row[12];
  if (typeof namedForSlug !== 'boolean') return null;
  const stage: unknown = row[13];
  const assignee: unknown = row[14];
  const due: unknown = row[15];
  if (!isStage(stage) || !isTextOrNull(assignee) || !isTextOrNull(due)) return null;
  if (
    typeof id !== 'string' ||
    typeof headline !== 'string' ||
    typeof section !== 'string' ||
    typeof status !== 'string' ||
    typeof savedAt !== 'string'
  )
    return null;
  if (words !== null && !(typeof words === 'number' && Number.isInteger(words) && words >= 0)) return null;
  const writable = row[10] === null && row[11] === null;
  const readOnly = writable ? null : problemOf(row[10], row[11]);
  if (!writable && !readOnly) return null;
  return {
    size,
    mtimeMs,
    checked,
    namedForSlug,
    entry: { kind: 'article', file, id, headline, section, status, savedAt, words, readOnly, stage, assignee, due },
  };
}

const isStage = (value: unknown): value is Stage => (STAGES as readonly unknown[]).includes(value);
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

function rowOf({ size, mtimeMs, checked, namedForSlug, entry }: CachedEntry): Row {
  if (entry.kind === 'unreadable') return [entry.file, size, mtimeMs, checked, entry.error.code, entry.error.message];
  const { file, id, headline, section, status, savedAt, words, readOnly, stage, assignee, due } = entry;
  return [
    file,
    size,
    mtimeMs,
    checked,
    id,
    headline,
    section,
    status,
    savedAt,
    words,
    readOnly?.code ?? null,
    readOnly?.message ?? null,
    namedForSlug === true,
    stage,
    assignee,
    due,
  ];
}

/** The cached entries of `folder` in the order saved; empty when the cache is missing, corrupt, of another version or another library's. */
export function loadListCache(path: string, folder: string): Map<string, CachedEntry> {
  const entries = new Map<string, CachedEntry>();
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
    if (cache?.format !== FORMAT || cache.version !== VERSION || cache.folder !== folder || !Array.isArray(cache.rows))
      return entries;
    for (const row of cache.rows as unknown[]) {
      const cached = entryOf(row);
      if (cached) entries.set(cached.entry.file, cached);
    }
  } catch {
    // Unreadable or not JSON: an empty cache, so every file is read again.
  }
  return entries;
}

/** Saves the entries as rows in the map's order, which the caller keeps in list order. */
export async function saveListCache(
  path: string,
  folder: string,
  entries: ReadonlyMap<string, CachedEntry>,
): Promise<void> {
  const rows: Row[] = [];
  for (const cached of entries.values()) rows.push(rowOf(cached));
  const cache: CacheFile = { format: FORMAT, version: VERSION, folder, rows };
  await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(cache)));
}
