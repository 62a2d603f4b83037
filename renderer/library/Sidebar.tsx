// The library sidebar: search, filters, a new article, the list of every article file, and settings.
// Hidden, it is a rail of icons (show the library, search, new article, settings); on a narrow
// window the shown library lays over the article and goes once an article is chosen.
import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref, type RefObject } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import { CollapseIcon, LibraryIcon, NewArticleIcon, SearchIcon, SettingsIcon } from '../app/icons';
import type { CollapsiblePart } from '../app/useWorkspaceLayout';
import { ArticleList } from './ArticleList';
import { ListControls } from './ListControls';
import type { Library } from './useLibrary';
import { EmptyLibrary } from '../import/EmptyLibrary';

const CLOCK_TICK_MS = 30_000;
const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘\\' : 'Ctrl+\\';

interface SidebarProps {
  library: Library;
  /** Shown or hidden, beside the article or over it. */
  part: CollapsiblePart;
  selectedKey: string | null;
  onOpen: (entry: LibraryEntry) => void;
  onNew: () => void;
  /** File › Import…, offered where the library is empty. */
  onImport?: () => void;
  onSettings: () => void;
  /** The desk's sections, for the section filter. */
  sections: string[];
}

export function Sidebar({ library, part, selectedKey, onOpen, onNew, onImport, onSettings, sections }: SidebarProps) {
  const now = useNow(CLOCK_TICK_MS);
  const nav = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  // Where the keyboard goes once the library has been shown or hidden by one of its own buttons.
  const focusNext = useRef<'search' | 'show' | null>(null);
  const { open, overlay, setOpen } = part;
  useDrawerDismissal(
    nav,
    part,
    useCallback(() => {
      focusNext.current = 'show';
    }, []),
  );

  useEffect(() => {
    if (focusNext.current === 'search') search.current?.focus();
    if (focusNext.current === 'show') showButton.current?.focus();
    focusNext.current = null;
  }, [open]);

  const show = (then: 'search') => {
    setOpen(true);
    focusNext.current = then;
  };
  const hide = () => {
    setOpen(false);
    focusNext.current = 'show';
  };

  if (!open) {
    return (
      <nav ref={nav} aria-label="Library" className="sidebar" data-layout={part.layout}>
        <div className="sidebar-rail">
          <RailButton label="Show library" shortcut={SHORTCUT} onClick={() => show('search')} buttonRef={showButton}>
            <LibraryIcon />
          </RailButton>
          <RailButton label="Search articles" onClick={() => show('search')}>
            <SearchIcon />
          </RailButton>
          <RailButton label="New article" onClick={onNew}>
            <NewArticleIcon />
          </RailButton>
          <span className="rail-spacer" />
          <RailButton label="Settings" onClick={onSettings}>
            <SettingsIcon />
          </RailButton>
        </div>
      </nav>
    );
  }

  return (
    <nav ref={nav} aria-label="Library" className="sidebar" data-layout={part.layout}>
      <div className="sidebar-head">
        <button type="button" onClick={onNew}>
          <NewArticleIcon />
          New article
        </button>
        <RailButton label="Hide library" shortcut={SHORTCUT} onClick={hide}>
          <CollapseIcon />
        </RailButton>
      </div>
      <div className="sidebar-tools">
        <input
          ref={search}
          type="search"
          aria-label="Search articles"
          placeholder="Search articles"
          value={library.query}
          onChange={(event) => library.setQuery(event.target.value)}
        />
      </div>
      <ListControls view={library.view} searching={library.searching} sections={sections} onChange={library.setView} />
      {library.problem ? <p className="sidebar-problem">{library.problem}</p> : null}
      <ArticleList
        entries={library.visible}
        selectedKey={selectedKey}
        onOpen={(entry) => {
          // Over the article, the library makes way for the article just chosen.
          if (overlay) setOpen(false);
          onOpen(entry);
        }}
        now={now}
      />
      {library.visible.length === 0 && library.entries.length > 0 ? (
        <p className="sidebar-empty">No articles match.</p>
      ) : null}
      {library.entries.length === 0 ? <EmptyLibrary onNew={onNew} onImport={onImport} /> : null}
      {library.more ? (
        <p className="sidebar-note" role="status">
          {moreMessage(library.more)}
        </p>
      ) : null}
      <div className="sidebar-foot">
        <button type="button" className="quiet" onClick={onSettings}>
          <SettingsIcon />
          Settings
        </button>
      </div>
    </nav>
  );
}

interface RailButtonProps {
  label: string;
  /** Shown in the tooltip after the name. */
  shortcut?: string;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** An icon button named in words for screen readers and, in its tooltip, for everyone else. */
function RailButton({ label, shortcut, onClick, buttonRef, children }: RailButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="rail-button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The library laid over the article closes on Escape, or when a click or the keyboard goes elsewhere. */
function useDrawerDismissal(nav: RefObject<HTMLElement | null>, part: CollapsiblePart, onEscape: () => void) {
  const { open, overlay, setOpen } = part;
  useEffect(() => {
    if (!open || !overlay) return;
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node && nav.current?.contains(target)) && !document.querySelector('dialog[open]');
    const onElsewhere = (event: Event) => {
      if (outside(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || outside(event.target)) return;
      setOpen(false);
      onEscape();
    };
    document.addEventListener('pointerdown', onElsewhere);
    document.addEventListener('focusin', onElsewhere);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onElsewhere);
      document.removeEventListener('focusin', onElsewhere);
      document.removeEventListener('keydown', onKey);
    };
  }, [nav, open, overlay, setOpen, onEscape]);
}

/** "The 50 best of 132 matches are listed. Add a word to narrow the search." */
function moreMessage({ listed, total }: { listed: number; total: number }): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `The ${count(listed)} best of ${count(total)} matches are listed. Add a word to narrow the search.`;
}

/** The current time, refreshed now and then so "2 min ago" stays true. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
