// Full-text search over the library: the big index (from the cache or built in workers) plus a small
// one of articles changed since, with stale documents skipped by comparing size and mtime.
import type { CompactIndex } from './compact-index';
import { buildIndex, type IndexInput } from './build-index';
import { rank, type Searchable } from './query';
import { loadSearchCache, saveSearchCache } from './search-cache';
import type { Verdict } from './search-build';
import { buildLibraryIndex, type BuildMode, type RunningBuild } from './shard-builder';

/** A readable article as the list last saw it. */
export interface CurrentArticle {
  file: string;
  id: string;
  headline: string;
  size: number;
  mtimeMs: number;
}

export interface SearchHit {
  id: string;
  file: string;
  headline: string;
  score: number;
}

export interface SearchResult {
  /** The best hits, best first. */
  hits: SearchHit[];
  /** How many articles matched in all: more than `hits` holds when they were cut at the limit. */
  total: number;
  /** False while the index is being built and only headlines are searched. */
  ready: boolean;
}

export interface LibrarySearchOptions {
  folder: string;
  cacheFile: string | null;
  build: BuildMode;
  /** Reads one article's text for the small index; null when it is no longer readable. */
  readText(file: string): IndexInput | null;
  /** The full check of every body, which the cold build does on the way: the unfit files with the index, the word counts after it. */
  onVerdicts(verdicts: Verdict[]): void;
}

/** More changes than this are cheaper to fold in with a rebuild in the workers than to read here. */
const REBUILD_AFTER_CHANGES = 500;

/**
 * How long after a build its index is written to the cache, unless the library closes first: the
 * file is about a hundred megabytes, and copying it out as the index arrives would hold up the
 * searches a reporter starts the moment search is ready.
 */
const SAVE_AFTER_MS = 2_000;

export class LibrarySearch {
  private shards: CompactIndex[] | null = null;
  private loading: Promise<void> | null = null;
  private build: RunningBuild | null = null;
  private current = new Map<string, CurrentArticle>();
  private live: Uint8Array[] = [];
  private readonly recent = new Map<string, IndexInput>();
  private recentIndex: CompactIndex | null = null;
  private closed = false;
  private saving: Promise<void> = Promise.resolve();
  /** Starts the deferred cache writes now; close() calls them. */
  private readonly saveNow = new Set<() => void>();

  constructor(private readonly options: LibrarySearchOptions) {}

  /** Starts loading the cached index; the list does not wait for it. */
  start(): void {
    const { cacheFile, folder } = this.options;
    if (!cacheFile) return;
    this.loading = loadSearchCache(cacheFile, folder).then((shards) => {
      this.loading = null;
      if (this.closed) return;
      if (shards) this.shards = shards;
      this.reconcile(new Map(), false);
    });
  }

  /** Resolves once the cache has been loaded or found missing and any build under way has finished. */
  async settled(): Promise<void> {
    await this.loading;
    await this.build?.counted.catch(() => undefined);
  }

  ready(): boolean {
    return this.shards !== null;
  }

  /**
   * The list changed: `fresh` holds texts it has just read (so they need no second read);
   * `needsCheck` asks for a full pass because some bodies were only quickly checked.
   */
  update(current: Map<string, CurrentArticle>, fresh: Map<string, IndexInput>, needsCheck: boolean): void {
    this.current = current;
    this.reconcile(fresh, needsCheck);
  }

  private isCurrent(doc: { file: string; id: string; size: number; mtimeMs: number }): boolean {
    const article = this.current.get(doc.file);
    return (
      article !== undefined && article.id === doc.id && article.size === doc.size && article.mtimeMs === doc.mtimeMs
    );
  }

  private reconcile(fresh: Map<string, IndexInput>, needsCheck: boolean): void {
    if (this.closed || this.loading) return;
    const canBuild = this.options.build.kind !== 'none' && !this.build;
    if (!this.shards) {
      if (canBuild && this.current.size > 0) this.startBuild();
      return;
    }
    this.live = this.shards.map((shard) => Uint8Array.from(shard.docs, (doc) => (this.isCurrent(doc) ? 1 : 0)));
    const covered = new Set<string>();
    this.shards.forEach((shard, s) => shard.docs.forEach((doc, d) => this.live[s]?.[d] && covered.add(doc.file)));
    for (const [file, input] of this.recent)
      if (covered.has(file) || !this.isCurrent(input.doc)) this.recent.delete(file);
    const missing = [...this.current.keys()].filter((file) => !covered.has(file) && !this.recent.has(file));
    const tooMany = missing.length + this.recent.size > REBUILD_AFTER_CHANGES;
    if ((tooMany || needsCheck) && canBuild) this.startBuild();
    for (const file of missing) {
      const input = fresh.get(file) ?? (tooMany ? null : this.options.readText(file));
      if (input && this.isCurrent(input.doc)) this.recent.set(file, input);
    }
    this.recentIndex = null;
  }

  private startBuild(): void {
    const { folder, build, cacheFile } = this.options;
    const running = buildLibraryIndex(folder, [...this.current.keys()], build);
    this.build = running;
    running.indexed.then(
      ({ shards, verdicts }) => {
        if (this.closed) return;
        this.shards = shards;
        this.options.onVerdicts(verdicts);
        this.reconcile(new Map(), false);
      },
      () => undefined,
    );
    // Written once the workers are done (or stopped by close) and SAVE_AFTER_MS have passed.
    if (cacheFile) {
      const done = running.counted.catch(() => undefined);
      this.saving = this.saving
        .then(() => Promise.all([running.indexed, done]))
        .then(([built]) => this.saveLater().then(() => saveSearchCache(cacheFile, built.encoded)))
        .catch(() => undefined);
    }
    // The build counts as under way until the words are counted, so the lists published meanwhile
    // (their bodies not yet counted) do not start another.
    running.counted.then(
      (counted) => {
        if (this.closed) return;
        this.build = null;
        this.options.onVerdicts(counted);
      },
      () => {
        // A failed build leaves search on the headline fallback; the next list tries again.
        this.build = null;
      },
    );
  }

  /** The best `limit` hits, best first, and how many articles matched in all. */
  search(query: string, limit: number): SearchResult {
    if (!this.shards) return { ...this.headlineFallback(query, limit), ready: false };
    this.recentIndex ??= this.recent.size > 0 ? buildIndex(this.recent.values(), this.shards[0]?.averages) : null;
    const sources: Searchable[] = this.shards.map((index, s) => ({
      index,
      isCurrent: (doc) => this.live[s]?.[doc] === 1,
    }));
    if (this.recentIndex) sources.push({ index: this.recentIndex, isCurrent: () => true });
    const hits: SearchHit[] = [];
    const { top, total } = rank(sources, query, limit);
    for (const { source, docIndex, score } of top) {
      const doc = (sources[source] as Searchable).index.docs[docIndex];
      // Every ranked document is current (rank skips the rest), so the list knows its article.
      const article = doc && this.current.get(doc.file);
      if (article) hits.push({ id: article.id, file: article.file, headline: article.headline, score });
    }
    return { hits, total, ready: true };
  }

  /** Until the index is ready, headlines containing the query, newest list order kept. */
  private headlineFallback(query: string, limit: number): { hits: SearchHit[]; total: number } {
    const needle = query.trim().toLowerCase();
    const hits: SearchHit[] = [];
    if (needle === '') return { hits, total: 0 };
    let total = 0;
    for (const article of this.current.values()) {
      if (!article.headline.toLowerCase().includes(needle)) continue;
      total++;
      if (hits.length < limit) hits.push({ id: article.id, file: article.file, headline: article.headline, score: 1 });
    }
    return { hits, total };
  }

  /** Resolves SAVE_AFTER_MS from now, or at once when the library is (or gets) closed. */
  private saveLater(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const now = () => {
        clearTimeout(timer);
        this.saveNow.delete(now);
        resolve();
      };
      const timer = setTimeout(now, SAVE_AFTER_MS);
      this.saveNow.add(now);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.build?.stop();
    for (const now of [...this.saveNow]) now();
    await this.loading;
    await this.saving;
  }
}
