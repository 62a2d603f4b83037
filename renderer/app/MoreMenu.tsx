// A button that opens a short menu, as "More" does in Docs and Word (the ARIA menu button pattern):
// Enter, Space or the arrows open it, the arrows, Home and End move between its items, Escape
// closes it and hands the keyboard back to the button, Tab or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MoreMenuItem {
  label: string;
  onSelect: () => void;
  /** Drawn as an action that removes something (Move to trash). */
  destructive?: boolean;
}

interface MoreMenuProps {
  /** The button's accessible name, also its tooltip. */
  label: string;
  children: ReactNode;
  items: MoreMenuItem[];
  className?: string;
}

export function MoreMenu({ label, children, items, className }: MoreMenuProps) {
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();

  useEffect(() => {
    if (active === null) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setActive(null);
    button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    const opening: Record<string, number> = { ArrowDown: 0, Enter: 0, ' ': 0, ArrowUp: items.length - 1 };
    const at = opening[event.key];
    if (at === undefined) return;
    event.preventDefault();
    setActive(at);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    if (active === null) return;
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      // The menu's Escape is its own: it must not also leave focus mode or close a drawer.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setActive(null);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      setActive(moves[event.key]!);
    }
  };

  return (
    <div className={className ? `more-menu ${className}` : 'more-menu'}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="quiet"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setActive(null) : setActive(0))}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="more-menu-list"
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.destructive ? 'more-menu-item more-menu-item-destructive' : 'more-menu-item'}
              onMouseEnter={() => setActive(index)}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
