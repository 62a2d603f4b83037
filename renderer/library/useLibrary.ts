// The library list and its search, kept current from the library's change events and our own saves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { ALL_ARTICLES, viewEntries, type ListView } from './listView';
import { visibleEntries, type SearchOutcome } from './visibleEntries';

export type LibraryApi = Pick<BylineApi, 'listLibrary' | 'searchLibrary' | 'onLibraryChanged'>;

export interface Library {
  entries: LibraryEntry[];
  visible: LibraryEntry[];
  query: string;
  setQuery: (query: string) => void;
  view: ListView;
  setView: (view: ListView) => void;
  problem: string | null;
  refresh: () => void;
}

export function useLibrary(api: LibraryApi): Library {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [view, setView] = useState<ListView>(ALL_ARTICLES);
  const listing = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });

  // Refreshes arrive in bursts (a save, the watcher): run one at a time, and once more if asked meanwhile.
  const refresh = useCallback(() => {
    const state = listing.current;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    void (async () => {
      do {
        state.again = false;
        const listed = await api.listLibrary({});
        if (listed.ok) {
          setEntries(listed.value.entries);
          setProblem(null);
        } else {
          setProblem(listed.error.message);
        }
      } while (state.again);
      state.running = false;
    })();
  }, [api]);

  useEffect(() => {
    refresh();
    return api.onLibraryChanged(() => refresh());
  }, [api, refresh]);

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    void api.searchLibrary({ query }).then((found) => {
      if (!current) return;
      setOutcome(found.ok ? { query, hitIds: found.value.hits.map((hit) => hit.id), ready: found.value.ready } : null);
    });
    return () => {
      current = false;
    };
  }, [api, query, entries]);

  const visible = useMemo(
    () => viewEntries(visibleEntries(entries, query, outcome), view),
    [entries, query, outcome, view],
  );
  return { entries, visible, query, setQuery, view, setView, problem, refresh };
}
