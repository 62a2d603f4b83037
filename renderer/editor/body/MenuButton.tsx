// A toolbar button that opens a menu (the ARIA menu button pattern): Enter, Space or the arrows
// open it on the checked item, the arrows move, Enter or Space chooses, Escape closes it back on
// the button, Tab or a click elsewhere closes it. Used for the paragraph style and "More formatting".
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  /** The item's accessible name, and its text unless `content` is given. */
  name: string;
  content?: ReactNode;
  /** Shown at the item's end, in the system's own notation ("Ctrl+Alt+2", "⌥⌘2"). */
  shortcut?: string;
  /** The same shortcut for aria-keyshortcuts ("Control+Alt+2"). */
  keyshortcuts?: string;
  /** A radio item (one style of several) or a check item (a toggle) carries its state. */
  checked?: boolean;
  kind?: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox';
  disabled?: boolean;
  className?: string;
  run: () => void;
}

interface MenuButtonProps {
  /** The menu's accessible name. */
  label: string;
  /** What the button shows. */
  children: ReactNode;
  /** The button's accessible name when its content is not the name (an icon, the current style). */
  buttonLabel: string;
  tooltip: string;
  className?: string;
  disabled?: boolean;
  buttonRef?: (element: HTMLButtonElement | null) => void;
  tabIndex?: number;
  onFocus?: () => void;
  /** Read when the menu opens, so what it offers is current. */
  items: () => MenuItem[];
}

export function MenuButton(props: MenuButtonProps) {
  const { label, children, buttonLabel, tooltip, className, disabled, buttonRef, tabIndex, onFocus } = props;
  const [open, setOpen] = useState<{ items: MenuItem[]; focus: number } | null>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement | null>(null);
  const entries = useRef<(HTMLElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  // Set when opening the menu or moving through it by keyboard: the next render focuses the item.
  // Hovering moves the focus itself, at once; were it left to the effect, an effect still pending
  // from a hover could run after a click had chosen and handed the focus back to the text, and
  // take it away again (the keys typed next would land nowhere).
  const focusNext = useRef(false);

  const show = (where: 'checked' | 'first' | 'last') => {
    if (disabled) return;
    const items = props.items();
    const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);
    const checked = items.findIndex((item) => item.checked && !item.disabled);
    const focus =
      where === 'last' ? (enabled.at(-1) ?? 0) : where === 'checked' && checked >= 0 ? checked : (enabled[0] ?? 0);
    focusNext.current = true;
    setOpen({ items, focus });
  };
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open || !focusNext.current) return;
    focusNext.current = false;
    entries.current[open.focus]?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !root.current?.contains(event.target)) setOpen(null);
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [open]);

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    setOpen(null);
    item.run();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    const where = { ArrowDown: 'checked', Enter: 'checked', ' ': 'checked', ArrowUp: 'last' } as const;
    const wanted = where[event.key as keyof typeof where];
    if (!wanted) return;
    event.preventDefault();
    // The toolbar's arrow keys move between buttons; the menu's own arrows stay here.
    event.stopPropagation();
    show(wanted);
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    const count = open.items.length;
    const step = (from: number, by: number) => {
      for (let next = from, tries = 0; tries < count; tries++) {
        next = (next + by + count) % count;
        if (!open.items[next]!.disabled) return next;
      }
      return from;
    };
    const moves: Record<string, () => number> = {
      ArrowDown: () => step(open.focus, 1),
      ArrowUp: () => step(open.focus, -1),
      Home: () => step(-1, 1),
      End: () => step(count, -1),
    };
    event.stopPropagation();
    if (moves[event.key]) {
      event.preventDefault();
      focusNext.current = true;
      setOpen({ ...open, focus: moves[event.key]!() });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = open.items[open.focus];
      if (item) choose(item);
    } else if (event.key === 'Tab') {
      setOpen(null);
    }
  };

  return (
    <div className="menu-button" ref={root}>
      <button
        ref={(element) => {
          button.current = element;
          buttonRef?.(element);
        }}
        type="button"
        className={className}
        aria-label={buttonLabel}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        aria-disabled={disabled}
        data-tooltip={open ? undefined : tooltip}
        tabIndex={tabIndex}
        onFocus={onFocus}
        // Keep the body's selection: the menu acts on it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? close(false) : show('checked'))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open ? (
        <div role="menu" id={menuId} aria-label={label} className="toolbar-menu" onKeyDown={onMenuKeyDown}>
          {open.items.map((item, index) => (
            <div
              key={item.key}
              ref={(element) => {
                entries.current[index] = element;
              }}
              role={item.kind ?? 'menuitem'}
              aria-checked={item.kind && item.kind !== 'menuitem' ? Boolean(item.checked) : undefined}
              aria-disabled={item.disabled || undefined}
              aria-keyshortcuts={item.keyshortcuts}
              aria-label={item.content ? item.name : undefined}
              tabIndex={index === open.focus ? 0 : -1}
              className={item.className ? `toolbar-menu-item ${item.className}` : 'toolbar-menu-item'}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={(event) => {
                if (item.disabled) return;
                event.currentTarget.focus();
                setOpen({ ...open, focus: index });
              }}
              onClick={() => choose(item)}
            >
              <span className="toolbar-menu-check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
              <span className="toolbar-menu-name">{item.content ?? item.name}</span>
              {item.shortcut ? (
                <span className="toolbar-menu-shortcut" aria-hidden="true">
                  {item.shortcut}
                </span>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
