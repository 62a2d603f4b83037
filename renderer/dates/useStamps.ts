// React's view of an article's stamps: re-renders when a stamp changes them, not on typing.
import { useSyncExternalStore } from 'react';
import type { ArticleSession } from '../session/articleSession';
import type { ArticleStamps } from '../session/articleStamps';

export function useStamps(session: ArticleSession): ArticleStamps {
  return useSyncExternalStore(session.subscribe, session.getStamps);
}
