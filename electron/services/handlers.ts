// The IPC handlers, written once over the services. Electron's main process and the end-to-end
// harness both install exactly these (through core's `dispatch`, which validates arguments first).
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import { createExportHandlers } from './export-handlers';
import { createHistoryHandlers, saveForHistory } from './history-handlers';
import { createImportHandlers } from './import-handlers';
import type {
  ArticleStore,
  BackupStore,
  Clock,
  ExchangeServices,
  Host,
  LibraryIndex,
  SettingsService,
} from './services';

export interface HandlerDeps {
  host: Host;
  clock: Clock;
  settings: SettingsService;
  backups: BackupStore;
  /** The open library's services, or null before a library folder is chosen. */
  library(): { store: ArticleStore; index: LibraryIndex } | null;
  /** Dialogs and progress for export and import; without them those operations answer UNAVAILABLE. */
  exchange?: ExchangeServices;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const library = () => {
    const open = deps.library();
    if (!open) throw new BylineError('NO_LIBRARY', 'No library folder is open yet: choose one first.');
    return open;
  };

  return {
    getLibraryState: async () => deps.host.libraryState(),
    setupLibrary: async ({ choice }) => deps.host.setupLibrary(choice),
    listLibrary: async () => {
      const { index } = library();
      return { entries: await index.list(), searchReady: index.searchReady() };
    },
    searchLibrary: async ({ query }) => library().index.search(query),
    createArticle: async ({ headline }) => {
      const { store, index } = library();
      const { defaultByline, defaultBylineRole } = deps.settings.get();
      const bylines = defaultByline.trim()
        ? [{ name: defaultByline.trim(), role: defaultBylineRole.trim() || null }]
        : [];
      const opened = await store.create({ headline, bylines });
      index.touched(opened.file);
      return opened;
    },
    openArticle: async ({ id }) => library().store.open(id),
    duplicateArticle: async ({ id }) => {
      const { store, index } = library();
      const { article } = await store.open(id);
      const copy = await store.saveCopy({
        ...article,
        status: 'draft',
        publishedAt: null,
        updatedAt: null,
        embargoUntil: null,
        updates: [],
        publishStamps: [],
      });
      index.touched(copy.file);
      return copy;
    },
    keepAsSeparateArticle: async ({ id }) => {
      const { store, index } = library();
      const kept = await store.keepAsSeparateArticle(id);
      index.touched(kept.file);
      return kept;
    },
    saveArticle: async ({ article, revision, backupSeq, reason }) => {
      const { store, index } = library();
      const saved = await saveForHistory(store, article, revision, deps.settings.get().yourName, reason);
      index.touched(saved.file);
      // Only now is the backup redundant: a failed save leaves it for the next start.
      await deps.backups.discard(article.id, backupSeq);
      return saved;
    },
    saveArticleCopy: async ({ article }) => {
      const { store, index } = library();
      const copy = await store.saveCopy(article);
      index.touched(copy.file);
      return copy;
    },
    deleteArticle: async ({ id }) => {
      const { store, index } = library();
      const file = await index.locate(id);
      await store.remove(id);
      if (file) index.touched(file);
      await deps.backups.discard(id);
      return {};
    },
    showInFolder: async ({ file }) => {
      deps.host.showInFolder(library().store.pathOf(file));
      return {};
    },
    writeBackup: async ({ article, seq }) => {
      await deps.backups.write(article, seq, deps.clock.now());
      return {};
    },
    listBackups: async () => ({ backups: await deps.backups.list() }),
    discardBackup: async ({ id }) => {
      await deps.backups.discard(id);
      return {};
    },
    getSettings: async () => deps.settings.get(),
    updateSettings: async ({ patch }) => deps.settings.update(patch),
    readyToClose: async () => {
      deps.host.readyToClose();
      return {};
    },
    ...createExportHandlers({ host: deps.host, settings: deps.settings, exchange: deps.exchange, library }),
    ...createImportHandlers({ settings: deps.settings, exchange: deps.exchange, library }),
    ...createHistoryHandlers({ clock: deps.clock, settings: deps.settings, library }),
  };
}
