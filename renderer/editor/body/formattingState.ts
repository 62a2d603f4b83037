// What the formatting toolbar shows, read from the editor in one pass so React compares one small object.
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';

export interface FormattingState {
  editable: boolean;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  heading2: boolean;
  heading3: boolean;
  heading4: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  pullQuote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

export function formattingState(editor: Editor): FormattingState {
  return {
    editable: editor.isEditable,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    strike: editor.isActive('strike'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    heading4: editor.isActive('heading', { level: 4 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    pullQuote: editor.isActive('pullQuote'),
    link: editor.isActive('link'),
    // The history's own depth, not can().undo(): this runs on every keystroke, and a dry-run
    // command chain costs more than the rest of the toolbar's state together.
    canUndo: editor.isEditable && undoDepth(editor.state) > 0,
    canRedo: editor.isEditable && redoDepth(editor.state) > 0,
  };
}

/** Field-by-field: the state changes only when a mark or block under the cursor does. */
export function sameFormatting(a: FormattingState, b: FormattingState | null): boolean {
  if (!b) return false;
  return (Object.keys(a) as (keyof FormattingState)[]).every((key) => a[key] === b[key]);
}
