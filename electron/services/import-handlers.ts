// The import operations: a file chosen with the system's open dialog, or one dropped on the window
// (its bytes, since a sandboxed page has no paths), read into a new article with a unique slug.
// Reading runs in a worker thread (see run-import.ts): the main process only waits for the article.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../core/article/article';
import type { OpenedArticle } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
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
    importDroppedFile: async ({ name, base64 }) => {
      deps.library();
      const folder = await mkdtemp(join(tmpdir(), 'byline-import-'));
      try {
        // The name keeps its extension, which tells the reader what kind of file it is.
        const path = join(folder, name);
        await writeFile(path, Buffer.from(base64, 'base64'));
        return await importAsNewArticle(path);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
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
