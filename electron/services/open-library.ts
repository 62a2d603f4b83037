// Opens one library folder: the article store, its index (cached in the user-data folder) and a
// watcher that keeps both current when another program changes a file. The app, the CLI-free
// hosts (the end-to-end harness) and tests all open a library through here.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ArticleId } from '../../core/article/article';
import { MAX_ARTICLE_BYTES } from '../../core/article/format';
import { ArticleFileStore } from '../library/article-store';
import { copyId } from '../library/duplicate-ids';
import { nodeFileSystem, type FileSystem } from '../library/file-system';
import { createLibraryIndex } from '../library/index/library-index';
import { sweepLeftovers } from '../library/leftovers';
import { resolveInLibrary } from '../library/library-paths';
import type { BuildMode } from '../library/index/shard-builder';
import { watchLibrary, type LibraryChange } from '../library/watcher';
import type { ArticleStore, Clock, LibraryIndex } from './services';

export interface DiskChange {
  file: string;
  kind: LibraryChange;
  /** The article the file holds (or held, when removed), when known; always a valid article id. */
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
  const fs = options.fs ?? nodeFileSystem;
  // Temp files and locks of writers killed long ago; a folder we cannot list is the index's to report.
  await sweepLeftovers(fs, folder).catch(() => 0);
  const index = createLibraryIndex({
    folder,
    cacheFile: indexCacheFile(options.userData, folder),
    build: options.searchBuild,
    onChange: options.onListChanged,
  });
  const store = new ArticleFileStore({
    folder,
    clock: options.clock,
    trash: options.trash,
    fs: options.fs,
    candidates: (id) => index.candidates(id),
  });

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
    // Whatever the file holds or the listener does, no promise of ours is left rejected in main.
    void idOf(fs, folder, file, kind, idsByFile, (copy) => store.isCopy(copy))
      .catch(() => null)
      .then((id) => options.onDiskChange?.({ file, kind, id }))
      .catch((error: unknown) => console.error(`Byline: reporting the change of "${file}" failed:`, error));
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

/**
 * The article a changed or removed file holds, as the rest of the app knows it: read the safe way
 * (a pipe or a device named like an article is never waited on or read), only an id of the valid
 * form (a foreign file's id could be anything), and a copy carrying another file's id under the
 * id it is listed by while it stays a copy. A file that keeps its id now (by the rule the store
 * and the list use: duplicate-ids.ts), or that was the article before, is reported under the
 * article's id, so the editor showing that article is told its file may have changed.
 */
async function idOf(
  fs: FileSystem,
  folder: string,
  file: string,
  kind: LibraryChange,
  known: Map<string, string>,
  isCopy: (file: string) => Promise<boolean>,
): Promise<string | null> {
  if (kind === 'changed') {
    try {
      const read = await fs.readBounded(await resolveInLibrary(fs, folder, file), MAX_ARTICLE_BYTES);
      const id =
        read.kind === 'read'
          ? (JSON.parse(new TextDecoder().decode(read.bytes)) as { id?: unknown } | null)?.id
          : undefined;
      if (ArticleId.safeParse(id).success) {
        const own = id as string;
        const listed = known.get(file) === copyId(own, file) && (await isCopy(file)) ? copyId(own, file) : own;
        known.set(file, listed);
        return listed;
      }
    } catch {
      // An unreadable file still tells the editor which article it was, if we knew it before.
    }
  }
  const id = known.get(file) ?? null;
  if (kind === 'removed') known.delete(file);
  return id;
}
