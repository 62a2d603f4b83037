// The library sidebar: search, filters, a new article, the list of every article file, and settings.
import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import { ArticleList } from './ArticleList';
import { ListControls } from './ListControls';
import type { Library } from './useLibrary';

const CLOCK_TICK_MS = 30_000;

interface SidebarProps {
  library: Library;
  selectedKey: string | null;
  onOpen: (entry: LibraryEntry) => void;
  onNew: () => void;
  onSettings: () => void;
  /** The desk's sections, for the section filter. */
  sections: string[];
}

export function Sidebar({ library, selectedKey, onOpen, onNew, onSettings, sections }: SidebarProps) {
  const now = useNow(CLOCK_TICK_MS);
  return (
    <nav aria-label="Library" className="sidebar">
      <div className="sidebar-tools">
        <input
          type="search"
          aria-label="Search articles"
          placeholder="Search articles"
          value={library.query}
          onChange={(event) => library.setQuery(event.target.value)}
        />
        <button type="button" onClick={onNew}>
          New article
        </button>
      </div>
      <ListControls view={library.view} searching={library.searching} sections={sections} onChange={library.setView} />
      {library.problem ? <p className="sidebar-problem">{library.problem}</p> : null}
      <ArticleList entries={library.visible} selectedKey={selectedKey} onOpen={onOpen} now={now} />
      {library.visible.length === 0 ? (
        <p className="sidebar-empty">{library.entries.length > 0 ? 'No articles match.' : 'No articles yet.'}</p>
      ) : null}
      {library.more ? (
        <p className="sidebar-note" role="status">
          {moreMessage(library.more)}
        </p>
      ) : null}
      <div className="sidebar-foot">
        <button type="button" className="quiet" onClick={onSettings}>
          Settings
        </button>
      </div>
    </nav>
  );
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
