// Brings the current find match fully into view, clear of the bars over the story (reveal.ts).
import type { Editor } from '@tiptap/core';
import { FIND_MATCH_CURRENT_CLASS } from '../../../core/find/find-state';
import { revealSettling, unionOf } from './reveal';

export function revealCurrentMatch(editor: Editor): void {
  revealSettling(
    () => {
      // Decorations may split one match into several elements (a bold word inside it).
      const parts = [...editor.view.dom.querySelectorAll<HTMLElement>(`.${FIND_MATCH_CURRENT_CLASS}`)];
      const rect = unionOf(parts.flatMap((part) => [...part.getClientRects()]));
      return rect ? { rect, within: editor.view.dom } : null;
    },
    { block: 'center' },
  );
}
