// The paragraph styles a body can hold, read from the editor's own heading extension so the menu
// offers exactly the levels the article schema allows (core/body/extensions.ts: H2 to H4).
import type { Editor } from '@tiptap/core';
import type { FormattingState } from './formattingState';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

export interface ParagraphStyle {
  name: string;
  /** 0 for a plain paragraph. */
  level: number;
  shortcut: string;
}

export function paragraphStyles(editor: Editor): ParagraphStyle[] {
  const heading = editor.extensionManager.extensions.find((extension) => extension.name === 'heading');
  const levels = ((heading?.options as { levels?: number[] } | undefined)?.levels ?? []).toSorted((a, b) => a - b);
  return [
    // TipTap's own keys: Mod+Alt+0 for a paragraph, Mod+Alt+<level> for a heading.
    { name: 'Paragraph', level: 0, shortcut: 'Mod+Alt+0' },
    ...levels.map((level) => ({ name: `Heading ${level}`, level, shortcut: `Mod+Alt+${level}` })),
  ];
}

/** The style under the cursor, as the menu button shows it. */
export function currentStyleName(state: FormattingState): string {
  return state.headingLevel > 0 ? `Heading ${state.headingLevel}` : 'Paragraph';
}

export function applyStyle(editor: Editor, style: ParagraphStyle): void {
  backToText(editor);
  const chain = editor.chain().focus();
  const applied =
    style.level === 0 ? chain.setParagraph().run() : chain.setHeading({ level: style.level as Level }).run();
  // Choosing the style already there changes nothing, but the reporter still goes back to the text.
  if (!applied) editor.commands.focus();
}

export function canApplyStyle(editor: Editor, style: ParagraphStyle): boolean {
  const can = editor.can();
  return style.level === 0 ? can.setParagraph() : can.setHeading({ level: style.level as Level });
}

/**
 * Gives the body the focus now, not a frame later as TipTap's focus command does: the menu that
 * held the focus is about to go, and a key pressed in between would land nowhere.
 */
export function backToText(editor: Editor): void {
  if (!editor.view.hasFocus()) editor.view.focus();
}
