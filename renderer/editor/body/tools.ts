// What the formatting toolbar offers, in the order it shows them, with each tool's icon, shortcut
// and command. Undo and Redo come first and the block tools last, as in Word and Google Docs;
// the last groups are the first to fold into "More formatting" when the window is narrow.
import type { Editor } from '@tiptap/core';
import type { FormattingFlag } from './formattingState';
import type { IconName } from './icons';

export interface Tool {
  /** The button's accessible name; the end-to-end tests click tools by it. */
  label: string;
  icon: IconName;
  /** "Mod+B" style (shortcuts.ts); none for a tool without one. */
  shortcut?: string;
  /** The state key that makes this a toggle button with aria-pressed. */
  pressed?: FormattingFlag;
  enabled?: FormattingFlag;
  /** Tools of one group sit together, with a divider between groups. */
  group: 'history' | 'marks' | 'lists' | 'blocks';
  /** 1 folds first on a narrow toolbar, then 2; 0 never folds. */
  fold: 0 | 1 | 2;
  run: (editor: Editor) => void;
}

/** Where the link button goes: it opens the link popover, so the toolbar renders it itself. */
export const LINK_AFTER = 'Strikethrough';

export const TOOLS: Tool[] = [
  {
    label: 'Undo',
    icon: 'undo',
    shortcut: 'Mod+Z',
    enabled: 'canUndo',
    group: 'history',
    fold: 0,
    run: (e) => e.chain().focus().undo().run(),
  },
  {
    label: 'Redo',
    icon: 'redo',
    shortcut: 'Mod+Shift+Z',
    enabled: 'canRedo',
    group: 'history',
    fold: 0,
    run: (e) => e.chain().focus().redo().run(),
  },
  {
    label: 'Bold',
    icon: 'bold',
    shortcut: 'Mod+B',
    pressed: 'bold',
    group: 'marks',
    fold: 0,
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    icon: 'italic',
    shortcut: 'Mod+I',
    pressed: 'italic',
    group: 'marks',
    fold: 0,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Strikethrough',
    icon: 'strike',
    shortcut: 'Mod+Shift+S',
    pressed: 'strike',
    group: 'marks',
    fold: 2,
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    label: 'Bulleted list',
    icon: 'bulletList',
    shortcut: 'Mod+Shift+8',
    pressed: 'bulletList',
    group: 'lists',
    fold: 2,
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    icon: 'orderedList',
    shortcut: 'Mod+Shift+7',
    pressed: 'orderedList',
    group: 'lists',
    fold: 2,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    label: 'Block quotation',
    icon: 'blockquote',
    shortcut: 'Mod+Shift+B',
    pressed: 'blockquote',
    group: 'blocks',
    fold: 1,
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    label: 'Pull quote',
    icon: 'pullQuote',
    pressed: 'pullQuote',
    group: 'blocks',
    fold: 1,
    run: (e) =>
      e.isActive('pullQuote') ? e.chain().focus().unsetPullQuote().run() : e.chain().focus().setPullQuote().run(),
  },
  {
    label: 'Horizontal rule',
    icon: 'rule',
    group: 'blocks',
    fold: 1,
    run: (e) => e.chain().focus().setHorizontalRule().run(),
  },
  {
    // The desk's: a comment on the selected words, written in the Review section (renderer/review).
    label: 'Comment',
    icon: 'comment',
    shortcut: 'Mod+Alt+M',
    group: 'blocks',
    fold: 1,
    run: (e) => e.commands.requestComment(),
  },
];
