// The body's own scrolling to its selection (typing, a jump to a quotation or a problem, Ctrl+End)
// goes through reveal.ts, so the caret or the quotation is never left under the toolbar or the
// status bar. ProseMirror asks this before its own scroll, which knows nothing of those bars.
import type { EditorView } from '@tiptap/pm/view';
import { revealSettling, unionOf, type Box, type RevealOptions } from './reveal';

/** The selection's box on screen: the head for a caret, both ends for a selection that fits. */
export function selectionRect(view: EditorView): Box | null {
  const { from, to, head, empty } = view.state.selection;
  try {
    if (empty) return unionOf([view.coordsAtPos(head, 1)]);
    return unionOf([view.coordsAtPos(from, 1), view.coordsAtPos(to, -1)]);
  } catch {
    // No layout (a hidden pane, a test's document): nothing to scroll to.
    return null;
  }
}

/** ProseMirror's handleScrollToSelection: true, since the scroll is done here. */
export function revealSelection(view: EditorView, options: RevealOptions = {}): boolean {
  revealSettling(() => {
    const rect = selectionRect(view);
    return rect ? { rect, within: view.dom } : null;
  }, options);
  return true;
}
