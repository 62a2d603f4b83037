// React's view of the desk's review of the open article: re-renders when a move or a thread
// changes it, never on typing.
import { useSyncExternalStore } from 'react';
import type { Review } from '../../core/review/review';
import type { ArticleSession } from '../session/articleSession';

export function useReview(session: ArticleSession): Review {
  return useSyncExternalStore(session.subscribe, session.getReview);
}
