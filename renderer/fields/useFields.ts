// React's view of an article's metadata: a component re-renders only when the part it selects changes,
// so typing in the body (which changes no field) commits nothing.
import { useState, useSyncExternalStore } from 'react';
import type { ArticleSession } from '../session/articleSession';
import type { ArticleFields } from '../session/articleFields';

export function useField<T>(session: ArticleSession, select: (fields: ArticleFields) => T): T {
  return useSyncExternalStore(session.subscribe, () => select(session.getFields()));
}

export function useEditable(session: ArticleSession): boolean {
  return useSyncExternalStore(session.subscribe, () => session.getSnapshot().editable);
}

/**
 * The text a field shows while the stored value is derived from it ("a, b," stores ["a", "b"]):
 * the reporter's text stays as typed, and is replaced only when the stored value changes to one
 * the text does not describe (an undo, a reload, the slug re-derived from the headline).
 */
export function useFieldText<T>(
  stored: T,
  format: (value: T) => string,
  describes: (text: string, value: T) => boolean,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => format(stored));
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (!describes(text, stored)) setText(format(stored));
  }
  return [text, setText];
}
