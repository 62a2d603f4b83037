// The services behind the handlers in the app: the backups folder and the open library (article
// store, index, watcher), with an explicit open, switch and shutdown.
import { join } from 'node:path';
import { BackupFolder } from '../library/backups';
import { openLibrary, type DiskChange, type OpenLibrary } from '../services/open-library';
import type { ArticleStore, BackupStore, Clock, LibraryIndex } from '../services/services';

export interface AppServices {
  clock: Clock;
  backups: BackupStore;
  library(): { store: ArticleStore; index: LibraryIndex } | null;
  /** Closes the open library (index, watcher) and opens `folder` in its place. */
  openLibraryAt(folder: string): Promise<void>;
  shutdown(): Promise<void>;
}

export interface AppServicesOptions {
  userData: string;
  /** The search index's worker as built by electron-vite (out/main/search-worker.js). */
  searchWorker: string;
  trash(absolutePath: string): Promise<void>;
  onDiskChange(change: DiskChange): void;
  onListChanged(): void;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const clock: Clock = { now: () => new Date().toISOString() };
  let library: OpenLibrary | null = null;
  // Switching folders twice quickly must not leave two watchers running: one switch at a time.
  let switching: Promise<void> = Promise.resolve();

  return {
    clock,
    backups: new BackupFolder({ folder: join(options.userData, 'backups') }),
    library: () => library,
    openLibraryAt(folder) {
      const next = switching.then(async () => {
        const previous = library;
        library = null;
        await previous?.close();
        library = await openLibrary({
          folder,
          userData: options.userData,
          clock,
          trash: options.trash,
          searchBuild: { kind: 'worker', entry: options.searchWorker },
          onDiskChange: options.onDiskChange,
          onListChanged: options.onListChanged,
        });
      });
      switching = next.catch(() => undefined);
      return next;
    },
    async shutdown() {
      await switching;
      const open = library;
      library = null;
      await open?.close();
    },
  };
}
