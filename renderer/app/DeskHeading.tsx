// The page's one top-level heading, for screen readers and axe: the open article's headline, or the
// app's name on an empty desk. It is not drawn: the headline field shows the same words.
import { useSyncExternalStore } from 'react';
import type { ArticleSession } from '../session/articleSession';

const noSession = () => () => undefined;

export function DeskHeading({ session }: { session: ArticleSession | null }) {
  const headline = useSyncExternalStore(session?.subscribe ?? noSession, () =>
    session ? session.getSnapshot().headline.trim() || 'Untitled article' : 'Byline',
  );
  return <h1 className="visually-hidden">{headline}</h1>;
}
