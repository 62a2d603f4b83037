// The import operations: a file chosen with the system's open dialog, or one dropped on the window
// (its path, which the preload learned from Electron for the dropped File), read into a new article
// with a unique slug. Reading, checking and serializing run in a worker thread (see run-import.ts):
// the main process only chooses a free name and places the bytes the worker made.
import { basename } from 'node:path';
import type { Article } from '../../core/article/article';
import type { OpenedArticle } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import type { ImportedFile } from '../library/import/import-file';
import { fileProblem } from '../library/import/importable-file';
import { placeImported, type PlacingStore } from '../library/import/place-import';
import { cannotImport } from '../library/import/refusal';
import { importInWorker } from '../library/import/run-import';
import type { ArticleStore, ExchangeServices, LibraryIndex, SettingsService } from './services';

export interface ImportHandlerDeps {
  settings: SettingsService;
  exchange: ExchangeServices | undefined;
  library(): { store: ArticleStore; index: LibraryIndex };
}

const utf8 = new TextDecoder();

export function createImportHandlers(deps: ImportHandlerDeps): Pick<Handlers, 'importArticle' | 'importDroppedFile'> {
  /** Reads the file first: a file that cannot be imported leaves the library as it was. */
  async function importAsNewArticle(path: string): Promise<OpenedArticle> {
    const { store, index } = deps.library();
    // Only a regular file within the size limit is worth a worker (which checks again as it reads).
    const problem = await fileProblem(path);
    if (problem) throw new BylineError('UNREADABLE', cannotImport(basename(path), problem));
    const made = await readForImport(path, deps.settings.get().timeZone, deps.exchange?.importWorker);
    const { file, revision, bytes } = await placeImported(placing(store), made);
    index.touched(file);
    // The contract answers with the whole article, though the window reads only its id and
    // headline and then opens it: parsed here from the bytes the worker checked, about 8 ms a MB
    // (120 ms for the largest file), after the window's other requests have had a turn.
    await new Promise((turn) => setImmediate(turn));
    return { article: JSON.parse(utf8.decode(bytes)) as Article, file, revision, readOnly: null };
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

/** Every host's store is the article file store, which places bytes made elsewhere; ArticleStore does not say so yet. */
function placing(store: ArticleStore): PlacingStore {
  if (!('createFromBytes' in store))
    throw new BylineError('UNAVAILABLE', 'This library cannot take an imported file in this host.');
  return store as ArticleStore & PlacingStore;
}

async function readForImport(path: string, timeZone: string, worker: string | URL | undefined): Promise<ImportedFile> {
  try {
    return await importInWorker(path, { timeZone, entry: worker });
  } catch (error) {
    if (error instanceof BylineError) throw error;
    throw new BylineError('UNREADABLE', error instanceof Error ? error.message : String(error));
  }
}
