// Whole-document work (counts) runs once the reporter pauses, never on each keystroke.
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { BODY_LOADED } from '../tiptapBody';

/** Long enough to fall between words when typing, short enough to feel current. */
export const IDLE_DELAY_MS = 400;

/**
 * Calls `run` once, `delayMs` after the last edit of a burst, and at once when another article
 * is loaded (its figures are all new); returns the unsubscribe.
 */
export function whenIdle(editor: Editor, run: () => void, delayMs = IDLE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listener = ({ transaction }: { transaction: Transaction }) => {
    const loaded = transaction.getMeta(BODY_LOADED) === true;
    if (!transaction.docChanged && !loaded) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (loaded) return run();
    timer = setTimeout(() => {
      timer = null;
      run();
    }, delayMs);
  };
  editor.on('transaction', listener);
  return () => {
    if (timer !== null) clearTimeout(timer);
    editor.off('transaction', listener);
  };
}
