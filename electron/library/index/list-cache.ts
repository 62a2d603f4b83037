// The library list's cache: one row per file, valid while the file's size and mtime match, kept
// in list order and saved to the user-data folder (list-cache-format.ts) after each change, so a
// warm start reads only the files that changed.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IndexInput } from './build-index';
import { loadListCache, saveListCache, type CachedEntry } from './list-cache-format';
import { listOrder } from './list-order';
import type { FileVersion, ReadEntry } from './read-entry';
import { scanLibrary } from './scan';
import type { Verdict } from './search-build';

export interface ListCacheOptions {
  folder: string;
  /** Where the rows are saved; null keeps them in memory only (the command line). */
  cacheFile: string | null;
  /** Reads one file for the list: fully (schema check and word count) or quickly. */
  read(file: string, full: boolean, version: FileVersion): ReadEntry;
  /** Refreshes of up to this many new or changed files read each fully; larger ones quickly. */
  fullCheckLimit: number;
}

export interface Refreshed {
  /** The texts read fully, for search to index without reading them again. */
  fresh: Map<string, IndexInput>;
  /** Whether any row was added, replaced or removed. */
  changed: boolean;
}

// A cold library takes about a second to read: other work gets in every this many files.
const YIELD_EVERY_FILES = 500;

export class ListCache {
  /** By file name, in list order once inListOrder() has run; null until first loaded. */
  private rows: Map<string, CachedEntry> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: ListCacheOptions) {}

  /** Whether the rows have been loaded (from the cache file, or as empty) by a first refresh. */
  get loaded(): boolean {
    return this.rows !== null;
  }

  /** The row of `file`, if the list has one. */
  get(file: string): CachedEntry | undefined {
    return this.rows?.get(file);
  }

  /**
   * Brings the rows up to date with the folder: reads the files that are new, changed (by size or
   * mtime) or in `touched` (written by us, maybe within the mtime's resolution), and forgets the
   * files that have gone.
   */
  async refresh(touched: ReadonlySet<string>): Promise<Refreshed> {
    const { folder, cacheFile } = this.options;
    const rows = (this.rows ??= cacheFile ? loadListCache(cacheFile, folder) : new Map());
    const facts = scanLibrary(folder);
    let seen = 0;
    const stale = facts.filter((fact) => {
      const cached = rows.get(fact.file);
      if (cached) seen++;
      return !cached || cached.size !== fact.size || cached.mtimeMs !== fact.mtimeMs || touched.has(fact.file);
    });
    let changed = stale.length > 0;
    // The scan names each file once, so when it saw every cached file again none has gone.
    if (seen < rows.size) {
      const present = new Set(facts.map((fact) => fact.file));
      for (const file of rows.keys()) {
        if (!present.has(file)) {
          rows.delete(file);
          changed = true;
        }
      }
    }
    const full = stale.length <= this.options.fullCheckLimit;
    const fresh = new Map<string, IndexInput>();
    for (let n = 0; n < stale.length; n++) {
      if (n > 0 && n % YIELD_EVERY_FILES === 0) await new Promise((resolve) => setImmediate(resolve));
      const fact = stale[n] as (typeof stale)[number];
      if (fact.problem) {
        rows.set(fact.file, {
          size: fact.size,
          mtimeMs: fact.mtimeMs,
          checked: true,
          entry: { kind: 'unreadable', file: fact.file, error: fact.problem },
        });
        continue;
      }
      const { cached, input } = this.options.read(fact.file, full, fact);
      rows.set(fact.file, cached);
      if (input && full) fresh.set(fact.file, input);
    }
    return { fresh, changed };
  }

  /**
   * The rows in list order, and whether they had to be put in it: the rows are then kept (and
   * saved) in that order, so the next start usually only has to confirm it.
   */
  inListOrder(): { rows: CachedEntry[]; reordered: boolean } {
    let all = this.rows ? [...this.rows.values()] : [];
    const order = listOrder(all.map((cached) => cached.entry));
    if (order && this.rows) {
      all = order.map((n) => all[n] as CachedEntry);
      this.rows.clear();
      for (const cached of all) this.rows.set(cached.entry.file, cached);
    }
    return { rows: all, reordered: order !== null };
  }

  /**
   * Takes the full check's verdicts on rows that were only quickly checked: a body the editor
   * cannot hold makes its file unreadable, a word count fills in the one missing. A verdict on
   * another version of the file than the row's is ignored.
   */
  applyVerdicts(verdicts: readonly Verdict[]): { checked: boolean; changed: boolean } {
    let checked = false;
    let changed = false;
    for (const { file, size, mtimeMs, problem, words } of verdicts) {
      const cached = this.rows?.get(file);
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
    return { checked, changed };
  }

  /** Saves the rows as they are now, after the list has gone out: nothing the reporter waits for. */
  persist(): void {
    const { folder, cacheFile } = this.options;
    if (!cacheFile || !this.rows) return;
    const snapshot = new Map(this.rows);
    this.saving = this.saving
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        mkdirSync(dirname(cacheFile), { recursive: true });
        return saveListCache(cacheFile, folder, snapshot).catch(() => undefined);
      });
  }

  /** Resolves once every save started has finished. */
  flushed(): Promise<void> {
    return this.saving;
  }
}
