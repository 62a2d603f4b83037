// The LibraryIndex service for one library folder: the list (cached by file name, size and mtime in
// the user-data folder) and full-text search over it.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { readArticle, type FileProblem } from '../../../core/article/read';
import { bodyPlainText, countBodyWords } from '../../../core/body/text';
import type { LibraryEntry } from '../../../core/ipc/contract';
import type { LibraryIndex } from '../../services/services';
import { readBytesBoundedSync, RefusedFile } from '../bounded-read';
import { unreadableProblem } from '../disk-errors';
import { copiesAmong, duplicateProblem, type CopyOf } from '../duplicate-ids';
import { fileNameForSlug } from '../library-paths';
import type { IndexInput } from './build-index';
import { LibrarySearch, type CurrentArticle } from './library-search';
import { loadListCache, saveListCache, type CachedEntry } from './list-cache';
import { listOrder } from './list-order';
import { scanLibrary } from './scan';
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
}

// Up to this many files per list get the full readArticle check and a word count at once; a cold
// library's bodies are checked and counted by the search workers instead, because that costs
// several naive reads, and its list shows "counting…" until they are done.
const FULL_CHECK_LIMIT = 500;
const YIELD_EVERY_FILES = 500;

export function searchCacheFile(cacheFile: string): string {
  return `${cacheFile}.search`;
}

export function createLibraryIndex(options: LibraryIndexOptions): LibraryIndexService {
  const { folder, cacheFile } = options;
  const readFile = options.readFile ?? ((path: string) => readBytesBoundedSync(path, MAX_ARTICLE_BYTES));
  let cache: Map<string, CachedEntry> | null = null;
  let entries: LibraryEntry[] = [];
  let copies = new Map<string, CopyOf>();
  const touched = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  let saving: Promise<void> = Promise.resolve();

  const persist = () => {
    if (!cacheFile || !cache) return;
    const snapshot = new Map(cache);
    // After the list has gone out: writing the cache is nothing the reporter waits for.
    saving = saving
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        mkdirSync(dirname(cacheFile), { recursive: true });
        return saveListCache(cacheFile, folder, snapshot).catch(() => undefined);
      });
  };

  const readOne = (
    file: string,
    full: boolean,
    size: number,
    mtimeMs: number,
  ): { cached: CachedEntry; input: IndexInput | null } => {
    const unreadable = (error: FileProblem) => ({
      cached: { size, mtimeMs, checked: true, entry: { kind: 'unreadable' as const, file, error } },
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
    const words = full ? countBodyWords(article.body) : null;
    const summary = {
      id: article.id,
      headline: article.headline,
      section: article.section,
      status: article.status,
      savedAt: article.savedAt,
      words,
      readOnly: result.readOnly,
    };
    return {
      cached: {
        size,
        mtimeMs,
        checked: full,
        namedForSlug: file === fileNameForSlug(article.slug),
        entry: { kind: 'article', file, ...summary },
      },
      // Only a fully checked read feeds the small index; a quick one leaves bodies to the workers.
      input: full
        ? {
            doc: { file, id: summary.id, size, mtimeMs },
            headline: summary.headline,
            text: bodyPlainText(article.body),
          }
        : null,
    };
  };

  /** Lists the cache and tells search; true when the cache had to be put back in list order. */
  const publish = (fresh: Map<string, IndexInput>): boolean => {
    let all = cache ? [...cache.values()] : [];
    let listed = all.map((cached) => cached.entry);
    const order = listOrder(listed);
    if (order && cache) {
      all = order.map((n) => all[n] as CachedEntry);
      listed = order.map((n) => listed[n] as LibraryEntry);
      // The cache is kept (and saved) in list order, so the next list only has to confirm it.
      cache.clear();
      for (const cached of all) cache.set(cached.entry.file, cached);
    }
    copies = copiesAmong(
      all.flatMap(({ entry, namedForSlug }) =>
        entry.kind === 'article' ? [{ file: entry.file, id: entry.id, namedForSlug: namedForSlug === true }] : [],
      ),
    );
    entries = copies.size === 0 ? listed : listed.map((entry) => asListed(entry, copies));
    // Search keeps each file's own id, which its index was built with; hits are renamed on the way out.
    const current = new Map<string, CurrentArticle>();
    let needsCheck = false;
    for (const { entry, size, mtimeMs, checked } of all) {
      if (entry.kind === 'article')
        current.set(entry.file, { file: entry.file, id: entry.id, headline: entry.headline, size, mtimeMs });
      if (!checked) needsCheck = true;
    }
    search.update(current, fresh, needsCheck);
    return order !== null;
  };

  const applyVerdicts = (verdicts: Verdict[]) => {
    if (!cache) return;
    let checked = false;
    let changed = false;
    for (const { file, size, mtimeMs, problem, words } of verdicts) {
      const cached = cache.get(file);
      if (!cached || cached.size !== size || cached.mtimeMs !== mtimeMs || cached.checked) continue;
      cached.checked = true;
      checked = true;
      if (problem) {
        cached.entry = { kind: 'unreadable', file, error: problem };
        changed = true;
      } else if (cached.entry.kind === 'article' && cached.entry.words === null) {
        // A new object, so a list already handed out keeps what it said.
        cached.entry = { ...cached.entry, words };
        changed = true;
      }
    }
    // Published first, so the snapshot saved is in the new list order. Verdicts that checked
    // nothing (a build finding no unfit file) leave the saved cache as it was.
    if (changed) publish(new Map());
    if (checked) persist();
    if (changed) options.onChange?.();
  };

  const build = options.build ?? { kind: 'worker', entry: DEFAULT_WORKER_ENTRY };
  const search = new LibrarySearch({
    folder,
    cacheFile: cacheFile ? searchCacheFile(cacheFile) : null,
    build,
    readText: (file) => {
      const cached = cache?.get(file);
      return cached ? readOne(file, true, cached.size, cached.mtimeMs).input : null;
    },
    onVerdicts: applyVerdicts,
  });
  search.start();

  const refresh = async (): Promise<LibraryEntry[]> => {
    const known = (cache ??= cacheFile ? loadListCache(cacheFile, folder) : new Map());
    const facts = scanLibrary(folder);
    let seen = 0;
    const stale = facts.filter((fact) => {
      const cached = known.get(fact.file);
      if (cached) seen++;
      return !cached || cached.size !== fact.size || cached.mtimeMs !== fact.mtimeMs || touched.has(fact.file);
    });
    let changed = stale.length > 0;
    // The scan names each file once, so when it saw every cached file again none has gone.
    if (seen < known.size) {
      const present = new Set(facts.map((fact) => fact.file));
      for (const file of known.keys()) {
        if (!present.has(file)) {
          known.delete(file);
          changed = true;
        }
      }
    }
    touched.clear();
    // Without a build nothing would ever count the words a quick read leaves out.
    const full = build.kind === 'none' || stale.length <= (options.fullCheckLimit ?? FULL_CHECK_LIMIT);
    const fresh = new Map<string, IndexInput>();
    for (let n = 0; n < stale.length; n++) {
      // A cold library takes about a second to read: let other work in between.
      if (n > 0 && n % YIELD_EVERY_FILES === 0) await new Promise((resolve) => setImmediate(resolve));
      const fact = stale[n] as (typeof stale)[number];
      if (fact.problem) {
        known.set(fact.file, {
          size: fact.size,
          mtimeMs: fact.mtimeMs,
          checked: true,
          entry: { kind: 'unreadable', file: fact.file, error: fact.problem },
        });
        continue;
      }
      const { cached, input } = readOne(fact.file, full, fact.size, fact.mtimeMs);
      known.set(fact.file, cached);
      if (input && full) fresh.set(fact.file, input);
    }
    // Published first, so the snapshot saved is in list order; a cache found out of order with
    // nothing changed (the file names' collation can differ by locale) is saved again too.
    const reordered = publish(fresh);
    if (changed || reordered) persist();
    return entries;
  };

  const list = () => {
    const next = queue.then(refresh);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    list,
    async search(query, limit = 50) {
      if (touched.size > 0 || cache === null) await list();
      const found = search.search(query, limit);
      return { ...found, hits: found.hits.map((hit) => ({ ...hit, id: copies.get(hit.file)?.id ?? hit.id })) };
    },
    async locate(id) {
      const find = () => entries.find((entry) => entry.kind === 'article' && entry.id === id)?.file ?? null;
      return find() ?? (await list(), find());
    },
    searchReady: () => search.ready(),
    searchSettled: () => search.settled(),
    copies: () => copies,
    touched(file) {
      touched.add(file);
    },
    async close() {
      await queue;
      await search.close();
      await saving;
    },
  };
}

/** A copy's entry as listed: under the id it is known by, read-only, naming the file it copies. */
function asListed(entry: LibraryEntry, copies: ReadonlyMap<string, CopyOf>): LibraryEntry {
  const copy = copies.get(entry.file);
  if (!copy || entry.kind !== 'article') return entry;
  return { ...entry, id: copy.id, readOnly: duplicateProblem(copy.original) };
}
