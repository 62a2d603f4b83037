// Keeps document.title in step with the open article's headline and unsaved state.
import { useEffect, useSyncExternalStore } from 'react';
import type { ArticleSession } from '../session/articleSession';
import { windowTitle } from './windowTitle';

const noSession = { subscribe: () => () => undefined, getTitle: () => windowTitle(null, false) };

export function WindowTitle({ session }: { session: ArticleSession | null }) {
  const title = useSyncExternalStore(session?.subscribe ?? noSession.subscribe, () => {
    if (!session) return noSession.getTitle();
    const { headline, unsaved } = session.getSnapshot();
    return windowTitle(headline, unsaved);
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
