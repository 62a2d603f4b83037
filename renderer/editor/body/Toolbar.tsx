// The formatting toolbar: one tab stop, arrow keys between buttons (the ARIA toolbar pattern).
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type ButtonHTMLAttributes, type KeyboardEvent } from 'react';
import { formattingState, sameFormatting, type FormattingState } from './formattingState';

interface ToolbarProps {
  editor: Editor;
  linkOpen: boolean;
  onLink: () => void;
}

interface Tool {
  label: string;
  shortcut: string;
  /** The state key that makes this a toggle button with aria-pressed. */
  pressed?: keyof FormattingState;
  enabled?: keyof FormattingState;
  run: (editor: Editor) => void;
}

const TOOLS: Tool[] = [
  { label: 'Bold', shortcut: 'Control+B', pressed: 'bold', run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', shortcut: 'Control+I', pressed: 'italic', run: (e) => e.chain().focus().toggleItalic().run() },
  {
    label: 'Strikethrough',
    shortcut: 'Control+Shift+S',
    pressed: 'strike',
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    label: 'Heading 2',
    shortcut: 'Control+Alt+2',
    pressed: 'heading2',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Heading 3',
    shortcut: 'Control+Alt+3',
    pressed: 'heading3',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'Heading 4',
    shortcut: 'Control+Alt+4',
    pressed: 'heading4',
    run: (e) => e.chain().focus().toggleHeading({ level: 4 }).run(),
  },
  {
    label: 'Bulleted list',
    shortcut: 'Control+Shift+8',
    pressed: 'bulletList',
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    shortcut: 'Control+Shift+7',
    pressed: 'orderedList',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    label: 'Block quotation',
    shortcut: 'Control+Shift+B',
    pressed: 'blockquote',
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    label: 'Pull quote',
    shortcut: '',
    pressed: 'pullQuote',
    run: (e) =>
      e.isActive('pullQuote') ? e.chain().focus().unsetPullQuote().run() : e.chain().focus().setPullQuote().run(),
  },
  { label: 'Horizontal rule', shortcut: '', run: (e) => e.chain().focus().setHorizontalRule().run() },
  { label: 'Undo', shortcut: 'Control+Z', enabled: 'canUndo', run: (e) => e.chain().focus().undo().run() },
  { label: 'Redo', shortcut: 'Control+Shift+Z', enabled: 'canRedo', run: (e) => e.chain().focus().redo().run() },
];

const LINK_POSITION = 11;

export function Toolbar({ editor, linkOpen, onLink }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => formattingState(current),
    equalityFn: sameFormatting,
  });
  const [focused, setFocused] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const count = TOOLS.length + 1;
    const moves: Record<string, number> = { ArrowRight: focused + 1, ArrowLeft: focused - 1, Home: 0, End: count - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + count) % count;
    setFocused(next);
    buttons.current[next]?.focus();
  };

  const button = (
    index: number,
    label: string,
    props: ButtonHTMLAttributes<HTMLButtonElement>,
    onPress: () => void,
  ) => (
    <button
      key={label}
      ref={(element) => {
        buttons.current[index] = element;
      }}
      type="button"
      className="tool"
      tabIndex={index === focused ? 0 : -1}
      // Keep the body's selection: the button acts on it without taking focus first.
      onMouseDown={(event) => event.preventDefault()}
      onFocus={() => setFocused(index)}
      onClick={onPress}
      {...props}
    >
      {label}
    </button>
  );

  // aria-disabled rather than disabled: a disabled button cannot hold the toolbar's one tab stop.
  const tools: { label: string; props: ButtonHTMLAttributes<HTMLButtonElement>; run: () => void }[] = TOOLS.map(
    (tool) => {
      const disabled = !state.editable || (tool.enabled ? !state[tool.enabled] : false);
      const props = {
        'aria-pressed': tool.pressed ? state[tool.pressed] : undefined,
        'aria-keyshortcuts': tool.shortcut || undefined,
        'aria-disabled': disabled,
      };
      return { label: tool.label, props, run: () => (disabled ? undefined : tool.run(editor)) };
    },
  );
  tools.splice(LINK_POSITION, 0, {
    label: 'Link',
    props: {
      'aria-haspopup': 'dialog',
      'aria-expanded': linkOpen,
      'aria-keyshortcuts': 'Control+K',
      'aria-disabled': !state.editable,
    },
    run: () => (state.editable ? onLink() : undefined),
  });

  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-orientation="horizontal"
      className="formatting-toolbar"
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, index) => button(index, tool.label, tool.props, tool.run))}
    </div>
  );
}
