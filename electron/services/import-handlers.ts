// The import operations: a file chosen with the system's open dialog, or one dropped on the window
// (its path, which the preload learned from Electron for the dropped File), read into a new article
// with a unique slug. Reading runs in a worker thread (see run-import.ts): the main process only
// waits for the article.
import { basename } from 'node:path';
import type { Article } from '../../core/article/article';
import type { OpenedArticle } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import { fileProblem } from '../library/import/importable-file';
import { cannotImport } from '../library/import/refusal';
import { importInWorker } from '../library/import/run-import';
import type { ArticleStore, ExchangeDeps, LibraryIndex, SettingsStore } from './services';

export interface ImportHandlerDeps {
  settings: SettingsStore;
  exchange: ExchangeDeps | undefined;
  library(): { store: ArticleStore; index: LibraryIndex };
}

export function createImportHandlers(deps: ImportHandlerDeps): Pick<Handlers, 'importArticle' | 'importDroppedFile'> {
  /** Reads the file first: a file that cannot be imported leaves the library as it was. */
  async function importAsNewArticle(path: string): Promise<OpenedArticle> {
    const { store, index } = deps.library();
    // Only a regular file within the size limit is worth a worker (which checks again as it reads).
    const problem = await fileProblem(path);
    if (problem) throw new BylineError('UNREADABLE', cannotImport(basename(path), problem));
    const imported = await readForImport(path, deps.settings.get().timeZone, deps.exchange?.importWorker);
    // One write: the store gives the article a new id and its slug made unique in the library.
    const saved = await store.createFrom(imported);
    index.touched(saved.file);
    return saved;
  }

  return {
    importArticle: async () => {
      if (!deps.exchange) throw new BylineError('UNAVAILABLE', 'Export and import are not available in this host.');
      deps.library();
      const path = await deps.exchange.host.chooseImportFile();
      return { opened: path === null ? null : await importAsNewArticle(path) };
    },
    // The contract took only an absolute path of a kind Byline imports; the rest is File › Import…'s way.
    importDroppedFile: ({ path }) => importAsNewArticle(path),
  };
}

async function readForImport(path: string, timeZone: string, worker: string | URL | undefined): Promise<Article> {
  try {
    return await importInWorker(path, { timeZone, entry: worker });
  } catch (error) {
    if (error instanceof BylineError) throw error;
    throw new BylineError('UNREADABLE', error instanceof Error ? error.message : String(error));
  }
}
