// Opens one library folder: the article store, its index (cached in the user-data folder) and a
// watcher that keeps both current when another program changes a file. The app, the CLI-free
// hosts (the end-to-end harness) and tests all open a library through here.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleFileStore } from '../library/article-store';
import type { FileSystem } from '../library/file-system';
import { createLibraryIndex } from '../library/index/library-index';
import type { BuildMode } from '../library/index/shard-builder';
import { watchLibrary, type LibraryChange } from '../library/watcher';
import type { ArticleStore, Clock, LibraryIndex } from './services';

export interface DiskChange {
  file: string;
  kind: LibraryChange;
  /** The article the file holds (or held, when removed), when known. */
  id: string | null;
}

export interface OpenLibraryOptions {
  folder: string;
  userData: string;
  clock: Clock;
  trash: (absolutePath: string) => Promise<void>;
  /** For injected disk failures in tests. */
  fs?: FileSystem;
  /** The search index's worker: the bundled app passes its own built file. */
  searchBuild?: BuildMode;
  onDiskChange?: (change: DiskChange) => void;
  /** The list changed on its own: the background check of a cold library found a file unfit. */
  onListChanged?: () => void;
}

export interface OpenLibrary {
  store: ArticleStore;
  index: LibraryIndex;
  close(): Promise<void>;
}

/** One cache per library folder, so switching libraries keeps each one warm. */
export function indexCacheFile(userData: string, folder: string): string {
  const key = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  return join(userData, 'library-index', `${key}.json`);
}

export async function openLibrary(options: OpenLibraryOptions): Promise<OpenLibrary> {
  const { folder } = options;
  const index = createLibraryIndex({ folder, cacheFile: indexCacheFile(options.userData, folder), build: options.searchBuild, onChange: options.onListChanged });
  const store = new ArticleFileStore({ folder, clock: options.clock, trash: options.trash, fs: options.fs, locate: (id) => index.locate(id) });

  // Which article each file held when last seen, so a removal can still name it.
  const idsByFile = new Map<string, string>();
  const remember = (entries: Awaited<ReturnType<LibraryIndex['list']>>) => {
    for (const entry of entries) if (entry.kind === 'article') idsByFile.set(entry.file, entry.id);
    return entries;
  };
  const indexWithMemory: LibraryIndex = {
    list: async () => remember(await index.list()),
    search: (query, limit) => index.search(query, limit),
    locate: (id) => index.locate(id),
    searchReady: () => index.searchReady(),
    touched: (file) => index.touched(file),
    close: () => index.close(),
  };

  const stopWatching = watchLibrary(folder, (file, kind) => {
    index.touched(file);
    void idOf(folder, file, kind, idsByFile).then((id) => options.onDiskChange?.({ file, kind, id }));
  });

  return {
    store,
    index: indexWithMemory,
    async close() {
      await stopWatching();
      await index.close();
    },
  };
}

async function idOf(folder: string, file: string, kind: LibraryChange, known: Map<string, string>): Promise<string | null> {
  if (kind === 'changed') {
    try {
      const id = (JSON.parse(await readFile(join(folder, file), 'utf8')) as { id?: unknown }).id;
      if (typeof id === 'string') {
        known.set(file, id);
        return id;
      }
    } catch {
      // An unreadable file still tells the editor which article it was, if we knew it before.
    }
  }
  const id = known.get(file) ?? null;
  if (kind === 'removed') known.delete(file);
  return id;
}
