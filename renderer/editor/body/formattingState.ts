// What the formatting toolbar shows, read from the editor in one pass so React compares one small object.
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';

export interface FormattingState {
  editable: boolean;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  /** The heading level of the block under the cursor, 0 when it is not a heading. */
  headingLevel: number;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  pullQuote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** The yes-or-no parts of the state: what a toggle button's aria-pressed or a tool's availability reads. */
export type FormattingFlag = {
  [K in keyof FormattingState]: FormattingState[K] extends boolean ? K : never;
}[keyof FormattingState];

export function formattingState(editor: Editor): FormattingState {
  return {
    editable: editor.isEditable,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    strike: editor.isActive('strike'),
    headingLevel: editor.isActive('heading') ? Number(editor.getAttributes('heading').level ?? 0) : 0,
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
