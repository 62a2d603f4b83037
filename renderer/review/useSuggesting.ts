// Whether the editor is suggesting (core/review/suggest-mode's state), for React: re-renders when
// the mode flips, not on typing. Loading another article starts it afresh, with the mode off.
import type { Editor } from '@tiptap/core';
import { useSyncExternalStore } from 'react';
import { isSuggesting } from '../../core/review/suggest-mode';

export function useSuggesting(editor: Editor): boolean {
  return useSyncExternalStore(
    (listener) => {
      editor.on('transaction', listener);
      return () => {
        editor.off('transaction', listener);
      };
    },
    () => isSuggesting(editor.state),
  );
}

/** The name Suggest mode and the desk's actions record: Settings' "Your name", else the one offered. */
export function suggesterName(yourName: string, offered: string): string {
  return yourName.trim() || offered.trim() || 'Someone';
}
