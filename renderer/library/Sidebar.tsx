// The library sidebar: search, a new article, and the list of every article file.
import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import { ArticleList } from './ArticleList';
import type { Library } from './useLibrary';

const CLOCK_TICK_MS = 30_000;

interface SidebarProps {
  library: Library;
  selectedKey: string | null;
  onOpen: (entry: LibraryEntry) => void;
  onNew: () => void;
}

export function Sidebar({ library, selectedKey, onOpen, onNew }: SidebarProps) {
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
      {library.problem ? <p className="sidebar-problem">{library.problem}</p> : null}
      <ArticleList entries={library.visible} selectedKey={selectedKey} onOpen={onOpen} now={now} />
      {library.visible.length === 0 ? <p className="sidebar-empty">{library.query ? 'No articles match.' : 'No articles yet.'}</p> : null}
    </nav>
  );
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
