// The open article's history as the panel shows it: listed when the panel opens, and again after
// every save of the article (a save may have recorded a revision) and after a restore.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleHistory } from '../../core/ipc/contract';
import type { ArticleSession } from '../session/articleSession';
import type { HistoryApi } from './historyApi';

export interface RevisionsState {
  history: ArticleHistory | null;
  /** Why the history could not be listed at all (the article itself is not affected). */
  error: string | null;
}

export function useRevisions(api: Pick<HistoryApi, 'listRevisions'>, session: ArticleSession, viewer: string) {
  const [state, setState] = useState<RevisionsState>({ history: null, error: null });
  const id = session.id;
  const load = useCallback(async () => {
    const listed = await api.listRevisions({ id, viewer: viewer.trim() });
    setState(listed.ok ? { history: listed.value, error: null } : { history: null, error: listed.error.message });
  }, [api, id, viewer]);

  useEffect(() => {
    let live = true;
    const reload = () => void load().catch((error: unknown) => live && setState(failed(error)));
    reload();
    const stop = session.onSaved(reload);
    return () => {
      live = false;
      stop();
    };
  }, [load, session]);

  return state;
}

const failed = (error: unknown): RevisionsState => ({
  history: null,
  error: error instanceof Error ? error.message : String(error),
});
