// React's view of one article session: re-renders only when what it shows changes.
import { useSyncExternalStore } from 'react';
import type { ArticleSession, SessionSnapshot } from '../session/articleSession';

export function useSession(session: ArticleSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
