// The LibraryIndex service for one library folder: the list (cached by file name, size and mtime in
// the user-data folder, list-cache.ts) and full-text search over it (library-search.ts).
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import type { LibraryEntry } from '../../../core/ipc/contract';
import type { LibraryIndex } from '../../services/services';
import { readBytesBoundedSync } from '../bounded-read';
import { copiesAmong, duplicateProblem, type CopyOf } from '../duplicate-ids';
import type { Candidates } from '../find-article';
import type { IndexInput } from './build-index';
import { LibrarySearch, type CurrentArticle, type SearchResult } from './library-search';
import { ListCache } from './list-cache';
import type { CachedEntry } from './list-cache-format';
import { readEntry } from './read-entry';
import type { Verdict } from './search-build';
import { DEFAULT_WORKER_ENTRY, type BuildMode } from './shard-builder';

export interface LibraryIndexOptions {
  folder: string;
  /** The list cache in the user-data folder; the search cache is kept beside it. Null caches nothing (the CLI). */
  cacheFile: string | null;
  /** Worker threads by default; the Electron build passes its bundled worker's path. */
  build?: BuildMode;
  /** Reads a whole file (the safe way by default: see bounded-read.ts); injectable so tests can count reads. */
  readFile?: (path: string) => Uint8Array;
  /** The list changed without a call to list(): the background check counted words or found a file unfit. */
  onChange?: () => void;
  /** Lists of up to this many new or changed files get the full body check at once (default 500). */
  fullCheckLimit?: number;
}

export interface LibraryIndexService extends LibraryIndex {
  /** Resolves once the search cache has been loaded (or found missing) and any index build under way has finished. */
  searchSettled(): Promise<void>;
  /** The files the last list found carrying another file's id, by file name (see duplicate-ids.ts). */
  copies(): ReadonlyMap<string, CopyOf>;
  /**
   * The files that may carry `id` (an article's own, or a copy's): the ones listed under it, and
   * the ones changed since the last list. The store weighs them (find-article.ts).
   */
  candidates(id: string): Promise<Candidates>;
}

// Up to this many files per list get the full readArticle check and a word count at once; a cold
// library's bodies are checked and counted by the search workers instead, because that costs
// several naive reads, and its list shows "counting…" until they are done.
const FULL_CHECK_LIMIT = 500;
// More files changed than this since the last list (a sync client's download) are listed once
// rather than each read by the store looking for an article.
const MAX_UNLISTED_CANDIDATES = 16;

export function searchCacheFile(cacheFile: string): string {
  return `${cacheFile}.search`;
}

export function createLibraryIndex(options: LibraryIndexOptions): LibraryIndexService {
  return new FolderIndex(options);
}

class FolderIndex implements LibraryIndexService {
  private readonly cache: ListCache;
  private readonly finder: LibrarySearch;
  /** What the last list returned, copies under the ids they are known by. */
  private entries: LibraryEntry[] = [];
  private copyOf = new Map<string, CopyOf>();
  /** The files each id was listed under at the last list: raw ids (keeper and copies alike) and copies' own. */
  private filesById = new Map<string, string[]>();
  /** Files we wrote or removed since the last list, re-read whatever their size and mtime say. */
  private readonly written = new Set<string>();
  /** One list at a time: each waits for the one before. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LibraryIndexOptions) {
    const { folder, cacheFile } = options;
    const readFile = options.readFile ?? ((path: string) => readBytesBoundedSync(path, MAX_ARTICLE_BYTES));
    const build = options.build ?? { kind: 'worker', entry: DEFAULT_WORKER_ENTRY };
    this.cache = new ListCache({
      folder,
      cacheFile,
      read: (file, full, version) => readEntry(readFile, folder, file, full, version),
      // Without a build nothing would ever count the words a quick read leaves out.
      fullCheckLimit: build.kind === 'none' ? Infinity : (options.fullCheckLimit ?? FULL_CHECK_LIMIT),
    });
    this.finder = new LibrarySearch({
      folder,
      cacheFile: cacheFile ? searchCacheFile(cacheFile) : null,
      build,
      readText: (file) => {
        const cached = this.cache.get(file);
        return cached ? readEntry(readFile, folder, file, true, cached).input : null;
      },
      onVerdicts: (verdicts) => this.applyVerdicts(verdicts),
    });
    this.finder.start();
  }

  list(): Promise<LibraryEntry[]> {
    const next = this.queue.then(() => this.refresh());
    this.queue = next.catch(() => undefined);
    return next;
  }

  async search(query: string, limit = 50): Promise<SearchResult> {
    if (this.written.size > 0 || !this.cache.loaded) await this.list();
    const found = this.finder.search(query, limit);
    return { ...found, hits: found.hits.map((hit) => ({ ...hit, id: this.copyOf.get(hit.file)?.id ?? hit.id })) };
  }

  async locate(id: string): Promise<string | null> {
    const find = () => this.entries.find((entry) => entry.kind === 'article' && entry.id === id)?.file ?? null;
    return find() ?? (await this.list(), find());
  }

  searchReady(): boolean {
    return this.finder.ready();
  }

  searchSettled(): Promise<void> {
    return this.finder.settled();
  }

  copies(): ReadonlyMap<string, CopyOf> {
    return this.copyOf;
  }

  async candidates(id: string): Promise<Candidates> {
    // A list under way has taken the changed files in hand without listing them yet.
    await this.queue;
    if (!this.cache.loaded || this.written.size > MAX_UNLISTED_CANDIDATES) await this.list();
    return { listed: this.filesById.get(id) ?? [], changed: [...this.written] };
  }

  touched(file: string): void {
    this.written.add(file);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.finder.close();
    await this.cache.flushed();
  }

  private async refresh(): Promise<LibraryEntry[]> {
    const written = new Set(this.written);
    this.written.clear();
    const { fresh, changed } = await this.cache.refresh(written);
    // Published first, so the snapshot saved is in list order; a cache found out of order with
    // nothing changed (the file names' collation can differ by locale) is saved again too.
    const reordered = this.publish(fresh);
    if (changed || reordered) this.cache.persist();
    return this.entries;
  }

  /** Lists the cache and tells search; true when the cache had to be put back in list order. */
  private publish(fresh: Map<string, IndexInput>): boolean {
    const { rows, reordered } = this.cache.inListOrder();
    const claims = rows.flatMap(({ entry, namedForSlug }) =>
      entry.kind === 'article'
        ? [{ file: entry.file, id: entry.id, savedAt: entry.savedAt, namedForSlug: namedForSlug === true }]
        : [],
    );
    this.copyOf = copiesAmong(claims);
    this.filesById = filesById(claims, this.copyOf);
    const listed = rows.map((cached) => cached.entry);
    this.entries = this.copyOf.size === 0 ? listed : listed.map((entry) => asListed(entry, this.copyOf));
    const { current, needsCheck } = searchView(rows);
    this.finder.update(current, fresh, needsCheck);
    return reordered;
  }

  private applyVerdicts(verdicts: Verdict[]): void {
    const { checked, changed } = this.cache.applyVerdicts(verdicts);
    // Published first, so the snapshot saved is in the new list order. Verdicts that checked
    // nothing (a build finding no unfit file) leave the saved cache as it was.
    if (changed) this.publish(new Map());
    if (checked) this.cache.persist();
    if (changed) this.options.onChange?.();
  }
}

/**
 * What search is told of the rows: each readable article under its file's own id (which its index
 * was built with; hits are renamed on the way out), and whether any body still needs the full check.
 */
function searchView(rows: readonly CachedEntry[]): { current: Map<string, CurrentArticle>; needsCheck: boolean } {
  const current = new Map<string, CurrentArticle>();
  let needsCheck = false;
  for (const { entry, size, mtimeMs, checked } of rows) {
    if (entry.kind === 'article')
      current.set(entry.file, { file: entry.file, id: entry.id, headline: entry.headline, size, mtimeMs });
    if (!checked) needsCheck = true;
  }
  return { current, needsCheck };
}

/** A copy's entry as listed: under the id it is known by, read-only, naming the file it copies. */
function asListed(entry: LibraryEntry, copies: ReadonlyMap<string, CopyOf>): LibraryEntry {
  const copy = copies.get(entry.file);
  if (!copy || entry.kind !== 'article') return entry;
  return { ...entry, id: copy.id, readOnly: duplicateProblem(copy) };
}

/** Each id's files: every file under the id it carries, and each copy under its own id too. */
function filesById(
  claims: readonly { file: string; id: string }[],
  copies: ReadonlyMap<string, CopyOf>,
): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const add = (id: string, file: string) => {
    const known = files.get(id);
    if (known) known.push(file);
    else files.set(id, [file]);
  };
  for (const { file, id } of claims) add(id, file);
  for (const [file, copy] of copies) add(copy.id, file);
  return files;
}
