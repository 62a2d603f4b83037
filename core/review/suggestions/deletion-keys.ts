// Backspace and Delete while suggesting, taken from the browser before it edits the page itself.
// Left to the browser, a deletion changes the page first and ProseMirror reads the change back,
// and around struck-out words (which stay on the page) Chromium's own whitespace handling made
// that reading wrong: a space came back as a suggested insertion and keys were lost. Here the
// browser says what it would delete (getTargetRanges) and Suggest mode makes that deletion a
// suggestion instead, with nothing on the page touched by the browser.
import type { EditorView } from '@tiptap/pm/view';

/** The parts of a DOM InputEvent used here (core is built without the DOM's types). */
export interface DeletionInput {
  inputType: string;
  getTargetRanges?: () => readonly {
    startContainer: unknown;
    startOffset: number;
    endContainer: unknown;
    endOffset: number;
  }[];
  preventDefault(): void;
}

/**
 * Handles a beforeinput deletion (Backspace, Delete, and their word and line forms) by
 * dispatching it as a ProseMirror transaction, which Suggest mode's dispatch hook turns into a
 * suggestion. Returns false for what it leaves to the editor: a selection (the keymap deletes
 * it), the start or end of a paragraph (joining is the keymap's), anything but a deletion.
 */
export function deleteThroughEditor(view: EditorView, event: DeletionInput): boolean {
  if (!event.inputType.startsWith('delete') || event.inputType === 'deleteByDrag' || event.inputType === 'deleteByCut')
    return false;
  const { state } = view;
  const range = targetRange(view, event);
  if (!range) return false;
  const { from, to } = range;
  const $from = state.doc.resolve(from);
  const $to = state.doc.resolve(to);
  // Only words inside one paragraph: a join of two blocks is the keymap's, made through dispatch too.
  if (from >= to || !$from.parent.isTextblock || !$from.sameParent($to)) return false;
  event.preventDefault();
  view.dispatch(state.tr.delete(from, to).scrollIntoView());
  return true;
}

function targetRange(view: EditorView, event: DeletionInput): { from: number; to: number } | null {
  const ranges = event.getTargetRanges?.() ?? [];
  const first = ranges[0];
  if (first) {
    try {
      type DomNode = Parameters<EditorView['posAtDOM']>[0];
      const from = view.posAtDOM(first.startContainer as DomNode, first.startOffset);
      const to = view.posAtDOM(first.endContainer as DomNode, first.endOffset);
      return from <= to ? { from, to } : { from: to, to: from };
    } catch {
      return null;
    }
  }
  // No ranges given: one character before or after the cursor.
  const { selection } = view.state;
  if (!selection.empty) return null;
  const $head = selection.$head;
  const backward = event.inputType.endsWith('Backward');
  if (backward ? $head.parentOffset === 0 : $head.parentOffset === $head.parent.content.size) return null;
  return backward ? { from: $head.pos - 1, to: $head.pos } : { from: $head.pos, to: $head.pos + 1 };
}
