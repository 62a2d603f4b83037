// The history's part in opening and closing an article: a revision recorded when the article is
// closed (switching to another counts), and who has seen what (lastLooked.ts). Mounted once by
// the workspace.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { BylineApi } from '../bridge';
import type { Desk } from '../session/desk';
import type { HistoryApi } from './historyApi';
import { LastLooked } from './lastLooked';

type BookkeepingApi = HistoryApi & Partial<Pick<BylineApi, 'onBeforeClose'>>;

export function useHistoryBookkeeping(api: BookkeepingApi, desk: Desk, yourName: string): LastLooked {
  const looked = useMemo(() => new LastLooked(api), [api]);
  const id = useSyncExternalStore(desk.subscribe, () => desk.session?.id ?? null);
  const viewer = yourName.trim();
  const viewerNow = useRef(viewer);
  useEffect(() => {
    viewerNow.current = viewer;
  }, [viewer]);

  // Closing: when the article leaves the desk, whoever is at the keyboard then closed it.
  useEffect(() => {
    if (id === null) return;
    return () => void looked.leave(id, viewerNow.current, true).catch(() => undefined);
  }, [looked, id]);

  // The window closing closes the article too (best effort: the window may be gone before it lands).
  useEffect(() => {
    if (id === null || !api.onBeforeClose) return;
    return api.onBeforeClose(() => {
      void desk
        .flushForClose()
        .then(() => looked.leave(id, viewerNow.current, true))
        .catch(() => undefined);
    });
  }, [api, looked, desk, id]);

  // Looking: the person in front of it now; another name at the keyboard is another look.
  useEffect(() => {
    if (id === null || viewer === '') return;
    void looked.visit(id, viewer).catch(() => undefined);
    return () => {
      // The article itself closing is the effect above's; here only a change of name.
      if (desk.session?.id === id) void looked.leave(id, viewer, false).catch(() => undefined);
    };
  }, [looked, desk, id, viewer]);

  return looked;
}
