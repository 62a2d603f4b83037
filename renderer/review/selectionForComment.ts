// The body's selection as a new comment takes it: the words selected, or null for a caret (the
// composer then offers the fields alone).
import type { Editor } from '@tiptap/core';
import type { BodySelection } from './CommentComposer';

export function selectionForComment(editor: Editor): BodySelection | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const words = editor.state.doc.textBetween(from, to, ' ', ' ').trim();
  return words === '' ? null : { from, to, words };
}
