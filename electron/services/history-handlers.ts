// The History panel's operations: an article's revisions, one revision's text, "changes since I
// last looked", Restore (a new revision, so nothing is lost) and the revision recorded when an
// article is closed. The history lives beside the article in the library folder
// (electron/library/history); a bad history is reported in the list and never stops the article.
import type { Article } from '../../core/article/article';
import type { Revision } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import type { RevisionReason } from '../../core/review/history';
import { restoreRevision } from '../../core/review/restore';
import { articleHistory, type ArticleHistory } from '../library/history/history-store';
import { restoredFrom } from './restored-from';
import type { ArticleStore, Clock, LibraryIndex, SettingsService } from './services';

type HistoryOperations = 'listRevisions' | 'readRevision' | 'markRevisionSeen' | 'restoreRevision' | 'recordRevision';

export interface HistoryHandlerDeps {
  clock: Clock;
  settings: SettingsService;
  library(): { store: ArticleStore; index: LibraryIndex };
  /** The histories of a library folder; default the files beside the articles (history-store.ts). */
  history?: (folder: string) => ArticleHistory;
}

/** The article file store records a revision at each write, for the reason the write gives. */
type RecordingStore = ArticleStore & {
  save(
    article: Article,
    revision: Revision,
    why?: { by?: string; reason?: RevisionReason },
  ): ReturnType<ArticleStore['save']>;
};

/**
 * Saves through the store with who and why, for the revision the store records: Settings › Your
 * name (the store's own default when blank) and the reason, an edit when none is given.
 */
export function saveForHistory(
  store: ArticleStore,
  article: Article,
  revision: Revision,
  by: string,
  reason: RevisionReason | undefined,
): ReturnType<ArticleStore['save']> {
  const why = { ...(by.trim() ? { by: by.trim() } : {}), ...(reason ? { reason } : {}) };
  return (store as RecordingStore).save(article, revision, why);
}

export function createHistoryHandlers(deps: HistoryHandlerDeps): Pick<Handlers, HistoryOperations> {
  const histories = deps.history ?? articleHistory;
  const book = () => {
    const { store, index } = deps.library();
    return { store, index, history: histories(store.folder) };
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
      const sources = await restoredFrom(history, store.folder, file, revisions);
      const listed = revisions.map((entry) =>
        entry.reason === 'restore' ? { ...entry, restored: sources.get(entry.rev) ?? null } : entry,
      );
      return { revisions: listed, problem, lastSeen };
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
      const current = await store.open(id);
      if (current.readOnly)
        throw new BylineError('READ_ONLY', 'This article is open read-only: it cannot be restored.');
      if (current.revision.hash !== revision.hash)
        throw new BylineError('CONFLICT', 'The article changed on disk since it was opened: nothing was restored.');
      const old = await readOrRefuse(history, current.file, rev);
      const saved = await saveForHistory(
        store,
        restoreRevision(current.article, old),
        current.revision,
        who(),
        'restore',
      );
      index.touched(saved.file);
      return saved;
    },
    recordRevision: async ({ id, reason }) => {
      const { store, history } = book();
      const { article, file, readOnly } = await store.open(id);
      const before = await history.list(file);
      // An article nobody has written since histories began has none; only looking at it starts none.
      if (readOnly || before.revisions.length === 0) return { rev: before.revisions.at(-1)?.rev ?? null };
      const added = await history.record(file, article, { by: who(), reason, at: deps.clock.now() });
      return { rev: added?.rev ?? before.revisions.at(-1)!.rev };
    },
  };
}

async function readOrRefuse(history: ArticleHistory, file: string, rev: number): Promise<Article> {
  try {
    return await history.read(file, rev);
  } catch (error) {
    if (error instanceof BylineError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new BylineError('UNREADABLE', `Revision ${rev} cannot be read from the article’s history: ${why}`);
  }
}
