// The library list and its search, kept current from the library's change events and our own saves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { ALL_ARTICLES, SEARCH_ORDER, viewEntries, type ListView, type SortOrder } from './listView';
import { moreThanListed, visibleEntries, type SearchOutcome } from './visibleEntries';

/** How soon a search answered from headlines alone is asked again. */
const ASK_AGAIN_MS = 500;

export type LibraryApi = Pick<BylineApi, 'listLibrary' | 'searchLibrary' | 'onLibraryChanged'>;

export interface Library {
  entries: LibraryEntry[];
  visible: LibraryEntry[];
  query: string;
  setQuery: (query: string) => void;
  /** Whether a query is typed: the list then shows the search's hits, and "Best match" is an order. */
  searching: boolean;
  view: ListView;
  setView: (view: ListView) => void;
  /** Set when the search matched more articles than it listed. */
  more: { listed: number; total: number } | null;
  problem: string | null;
  refresh: () => void;
}

/** `me` is Settings' "Your name", for the "Assigned to me" filter. */
export function useLibrary(api: LibraryApi, me = ''): Library {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setTypedQuery] = useState('');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [listView, setListView] = useState<ListView>(ALL_ARTICLES);
  // The order while searching is its own, so the list's order is back when the query is cleared.
  const [searchSort, setSearchSort] = useState<SortOrder>(SEARCH_ORDER);
  const listing = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const searching = query.trim() !== '';

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      void api.searchLibrary({ query }).then((found) => {
        if (!current) return;
        setOutcome(
          found.ok
            ? {
                query,
                hitIds: found.value.hits.map((hit) => hit.id),
                total: found.value.total,
                ready: found.value.ready,
              }
            : null,
        );
        // While the index is being built only headlines are searched: ask again until it is ready,
        // so the list turns to the full, ranked answer without another keystroke.
        if (found.ok && !found.value.ready) timer = setTimeout(ask, ASK_AGAIN_MS);
      });
    ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, entries]);

  const setQuery = useCallback((next: string) => {
    setTypedQuery(next);
    // Each new search starts with its best match on top.
    if (next.trim() === '') setSearchSort(SEARCH_ORDER);
  }, []);

  const view = useMemo(
    () => (searching ? { ...listView, sort: searchSort } : listView),
    [searching, listView, searchSort],
  );
  const setView = useCallback(
    (next: ListView) => {
      if (!searching) return setListView(next);
      setSearchSort(next.sort);
      setListView((list) => ({ ...next, sort: list.sort }));
    },
    [searching],
  );

  const visible = useMemo(
    () => viewEntries(visibleEntries(entries, query, outcome), view, me),
    [entries, query, outcome, view, me],
  );
  const more = useMemo(() => moreThanListed(query, outcome), [query, outcome]);
  return { entries, visible, query, setQuery, searching, view, setView, more, problem, refresh };
}
