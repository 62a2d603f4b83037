// The formatting toolbar: one row of icon buttons with tooltips naming each shortcut, Undo and Redo
// first, a paragraph-style menu, and "More formatting" for the tools a narrow window folds away.
// One tab stop, arrow keys between controls (the ARIA toolbar pattern).
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Fragment, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formattingState, sameFormatting, type FormattingState } from './formattingState';
import { Icon } from './icons';
import { MenuButton, type MenuItem } from './MenuButton';
import { applyStyle, backToText, canApplyStyle, currentStyleName, paragraphStyles } from './paragraphStyles';
import { ariaShortcut, shortcutLabel, tooltipText } from './shortcuts';
import { LINK_AFTER, TOOLS, type Tool } from './tools';

interface ToolbarProps {
  editor: Editor;
  linkOpen: boolean;
  onLink: () => void;
}

const LINK_SHORTCUT = 'Mod+K';

/** A control the roving tab stop can land on; one the narrow layout folds away is skipped. */
function shown(element: HTMLElement | null): element is HTMLElement {
  if (!element) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function isDisabled(tool: Tool, state: FormattingState): boolean {
  return !state.editable || (tool.enabled ? !state[tool.enabled] : false);
}

export function Toolbar({ editor, linkOpen, onLink }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => formattingState(current),
    equalityFn: sameFormatting,
  });
  const [focused, setFocused] = useState(0);
  const controls = useRef<(HTMLButtonElement | null)[]>([]);
  const toolButtons = useRef(new Map<string, HTMLButtonElement | null>());

  const onKeyDown = (event: KeyboardEvent) => {
    const visible = controls.current.map((control, index) => (shown(control) ? index : -1)).filter((i) => i >= 0);
    const at = Math.max(0, visible.indexOf(focused));
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: visible.length - 1 };
    const target = moves[event.key];
    if (target === undefined || visible.length === 0) return;
    event.preventDefault();
    const next = visible[(target + visible.length) % visible.length]!;
    setFocused(next);
    controls.current[next]?.focus();
  };

  let index = 0;
  /** Props every control shares: its place in the roving tab order. */
  const roving = () => {
    const mine = index++;
    return {
      ref: (element: HTMLButtonElement | null) => {
        controls.current[mine] = element;
      },
      tabIndex: mine === focused ? 0 : -1,
      onFocus: () => setFocused(mine),
    };
  };

  const toolButton = (tool: Tool) => {
    const disabled = isDisabled(tool, state);
    const { ref, ...rest } = roving();
    return (
      <button
        key={tool.label}
        ref={(element) => {
          ref(element);
          toolButtons.current.set(tool.label, element);
        }}
        {...rest}
        type="button"
        className="tool"
        data-fold={tool.fold || undefined}
        aria-label={tool.label}
        aria-pressed={tool.pressed ? state[tool.pressed] : undefined}
        aria-keyshortcuts={tool.shortcut ? ariaShortcut(tool.shortcut) : undefined}
        // aria-disabled rather than disabled: a disabled button cannot hold the toolbar's one tab stop.
        aria-disabled={disabled}
        data-tooltip={tooltipText(tool.label, tool.shortcut)}
        // Keep the body's selection: the button acts on it without taking focus first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (disabled ? undefined : tool.run(editor))}
      >
        <Icon name={tool.icon} />
      </button>
    );
  };

  const linkButton = () => {
    const { ref, ...rest } = roving();
    return (
      <button
        key="Link"
        ref={ref}
        {...rest}
        type="button"
        className="tool"
        aria-label="Link"
        aria-haspopup="dialog"
        aria-expanded={linkOpen}
        aria-keyshortcuts={ariaShortcut(LINK_SHORTCUT)}
        aria-disabled={!state.editable}
        data-tooltip={tooltipText('Link', LINK_SHORTCUT)}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (state.editable ? onLink() : undefined)}
      >
        <Icon name="link" />
      </button>
    );
  };

  const styleName = currentStyleName(state);
  const styleMenu = () => {
    const { ref, tabIndex, onFocus } = roving();
    const items = (): MenuItem[] =>
      paragraphStyles(editor).map((style) => ({
        key: style.name,
        name: style.name,
        kind: 'menuitemradio',
        checked: style.name === styleName,
        // The style already there stays choosable (it changes nothing); one the block cannot take is not.
        disabled: style.name !== styleName && !canApplyStyle(editor, style),
        shortcut: shortcutLabel(style.shortcut),
        keyshortcuts: ariaShortcut(style.shortcut),
        className: `style-${style.level === 0 ? 'paragraph' : `h${style.level}`}`,
        run: () => applyStyle(editor, style),
      }));
    return (
      <MenuButton
        key="style"
        label="Paragraph styles"
        buttonLabel={`Paragraph style: ${styleName}`}
        tooltip="Paragraph style"
        className="tool style-button"
        disabled={!state.editable}
        buttonRef={ref}
        tabIndex={tabIndex}
        onFocus={onFocus}
        items={items}
      >
        <span className="style-name">{styleName}</span>
        <Icon name="chevron" size={14} />
      </MenuButton>
    );
  };

  const moreMenu = () => {
    const { ref, tabIndex, onFocus } = roving();
    // The tools the narrow layout hid, read when the menu opens.
    const items = (): MenuItem[] =>
      TOOLS.filter((tool) => tool.fold > 0 && !shown(toolButtons.current.get(tool.label) ?? null)).map((tool) => ({
        key: tool.label,
        name: tool.label,
        kind: tool.pressed ? 'menuitemcheckbox' : 'menuitem',
        checked: tool.pressed ? state[tool.pressed] : undefined,
        disabled: isDisabled(tool, state),
        shortcut: tool.shortcut ? shortcutLabel(tool.shortcut) : undefined,
        keyshortcuts: tool.shortcut ? ariaShortcut(tool.shortcut) : undefined,
        run: () => {
          backToText(editor);
          tool.run(editor);
        },
      }));
    return (
      <div key="more" className="more-tools">
        <MenuButton
          label="More formatting"
          buttonLabel="More formatting"
          tooltip="More formatting"
          className="tool more-button"
          disabled={!state.editable}
          buttonRef={ref}
          tabIndex={tabIndex}
          onFocus={onFocus}
          items={items}
        >
          <Icon name="more" />
        </MenuButton>
      </div>
    );
  };

  const toolsOf = (wanted: Tool['group']): ReactNode[] =>
    TOOLS.filter((tool) => tool.group === wanted).flatMap((tool) =>
      tool.label === LINK_AFTER ? [toolButton(tool), linkButton()] : [toolButton(tool)],
    );
  // Word's and Docs' order: history, the paragraph style, the marks, then lists and blocks.
  // Built in this order, so the arrow keys follow what the eye sees.
  const groups: ReactNode[][] = [
    toolsOf('history'),
    [styleMenu()],
    toolsOf('marks'),
    toolsOf('lists'),
    toolsOf('blocks'),
  ];

  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-orientation="horizontal"
      className="formatting-toolbar"
      data-covers="top"
      onKeyDown={onKeyDown}
    >
      {groups.map((controlsOfGroup, at) => (
        <Fragment key={at}>
          {at > 0 ? (
            <span className="tool-divider" data-fold={dividerFold(at, groups.length)} aria-hidden="true" />
          ) : null}
          {controlsOfGroup}
        </Fragment>
      ))}
      {moreMenu()}
    </div>
  );
}

/** The divider before the last group folds with it; the one before the lists folds with them. */
function dividerFold(at: number, count: number): number | undefined {
  if (at === count - 1) return 1;
  if (at === count - 2) return 2;
  return undefined;
}
