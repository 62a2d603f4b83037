// React's view of one article session: re-renders only when what it shows changes.
import { useSyncExternalStore } from 'react';
import type { ArticleSession } from '../session/articleSession';
import type { SessionSnapshot } from '../session/sessionSnapshot';

export function useSession(session: ArticleSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
