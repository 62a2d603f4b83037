// The History panel's operations: an article's revisions, one revision's text, "changes since I
// last looked", Restore (a new revision, so nothing is lost) and the revision recorded when an
// article is closed. The history lives beside the article in the library folder
// (electron/library/history); a bad history is reported in the list and never stops the article.
import type { Article } from '../../core/article/article';
import type { RevisionEntry } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import type { ArticleStore, Clock, LibraryIndex, SettingsService } from './services';

type HistoryOperations = 'listRevisions' | 'readRevision' | 'markRevisionSeen' | 'restoreRevision' | 'recordRevision';

/** One library folder's histories, one per article file. */
export interface HistoryBook {
  list(file: string): Promise<{ revisions: RevisionEntry[]; problem: string | null }>;
  read(file: string, rev: number): Promise<Article>;
  record(file: string, article: Article, entry: { by: string; reason: string; at: string }): Promise<unknown>;
  markSeen(file: string, user: string, rev: number): Promise<void>;
  lastSeen(file: string, user: string): Promise<number | null>;
}

export interface HistoryHandlerDeps {
  clock: Clock;
  settings: SettingsService;
  library(): { store: ArticleStore; index: LibraryIndex };
  /** The histories of a library folder; without it the operations answer UNAVAILABLE. */
  history?: (folder: string) => HistoryBook;
  /** Puts an earlier revision back into the article as it is now (core/review/restore.ts). */
  restore?: (current: Article, old: Article) => Article;
  /** Saves with the reason the history records (the store's own hook). */
  saveWithReason?: (
    store: ArticleStore,
    article: Article,
    revision: Parameters<ArticleStore['save']>[1],
    reason: string,
  ) => ReturnType<ArticleStore['save']>;
}

export function createHistoryHandlers(deps: HistoryHandlerDeps): Pick<Handlers, HistoryOperations> {
  const book = () => {
    if (!deps.history) throw new BylineError('UNAVAILABLE', 'The history of articles is not available in this host.');
    const { store } = deps.library();
    return { store, index: deps.library().index, history: deps.history(store.folder) };
  };
  /** The article's file now: its history is kept by file, and a new slug renames it. */
  const fileOf = async (store: ArticleStore, id: string) => (await store.open(id)).file;
  const who = () => deps.settings.get().yourName.trim();

  return {
    listRevisions: async ({ id, viewer }) => {
      const { store, history } = book();
      const file = await fileOf(store, id);
      const { revisions, problem } = await history.list(file);
      const name = viewer.trim();
      const lastSeen = name === '' ? null : await history.lastSeen(file, name).catch(() => null);
      return { revisions, problem, lastSeen };
    },
    readRevision: async ({ id, rev }) => {
      const { store, history } = book();
      return { article: await readOrRefuse(history, await fileOf(store, id), rev) };
    },
    markRevisionSeen: async ({ id, viewer, rev }) => {
      const { store, history } = book();
      if (viewer.trim() === '') return {};
      await history.markSeen(await fileOf(store, id), viewer.trim(), rev);
      return {};
    },
    restoreRevision: async ({ id, rev, revision }) => {
      const { store, index, history } = book();
      if (!deps.restore || !deps.saveWithReason)
        throw new BylineError('UNAVAILABLE', 'Restoring a revision is not available in this host.');
      const current = await store.open(id);
      if (current.readOnly)
        throw new BylineError('READ_ONLY', 'This article is open read-only: it cannot be restored.');
      if (current.revision.hash !== revision.hash)
        throw new BylineError('CONFLICT', 'The article changed on disk since it was opened: nothing was restored.');
      const old = await readOrRefuse(history, current.file, rev);
      const saved = await deps.saveWithReason(
        store,
        deps.restore(current.article, old),
        current.revision,
        `restore:${rev}`,
      );
      index.touched(saved.file);
      return saved;
    },
    recordRevision: async ({ id, reason }) => {
      const { store, history } = book();
      const { article, file, readOnly } = await store.open(id);
      if (readOnly) return {};
      await history.record(file, article, { by: who(), reason, at: deps.clock.now() });
      return {};
    },
  };
}

async function readOrRefuse(history: HistoryBook, file: string, rev: number): Promise<Article> {
  try {
    return await history.read(file, rev);
  } catch (error) {
    if (error instanceof BylineError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new BylineError('UNREADABLE', `Revision ${rev} cannot be read from the article’s history: ${why}`);
  }
}
