// Narrowing and ordering the library list: by status, by section, by last saved or headline, and
// while searching by relevance ("Best match"), the order the search index ranked its hits in.
import type { LibraryEntry } from '../../core/ipc/contract';

export const SORT_ORDERS = ['relevance', 'savedAt', 'headline'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface ListView {
  /** '' shows every status. */
  status: string;
  /** '' shows every section. */
  section: string;
  sort: SortOrder;
}

export const ALL_ARTICLES: ListView = { status: '', section: '', sort: 'savedAt' };

/** The order a search starts in: its best hit on top. */
export const SEARCH_ORDER: SortOrder = 'relevance';

/**
 * Files that cannot be read have no status or section: they show only while nothing is filtered.
 * By relevance the entries keep the order they come in, which is the search's, best first.
 */
export function viewEntries(entries: LibraryEntry[], view: ListView): LibraryEntry[] {
  const filtering = view.status !== '' || view.section !== '';
  const kept = entries.filter((entry) => {
    if (entry.kind === 'unreadable') return !filtering;
    return (
      (view.status === '' || entry.status === view.status) && (view.section === '' || entry.section === view.section)
    );
  });
  if (view.sort === 'relevance') return kept;
  return kept.sort(view.sort === 'headline' ? byHeadline : byLastSaved);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function titleOf(entry: LibraryEntry): string {
  return entry.kind === 'article' ? entry.headline.trim() || 'Untitled' : entry.file;
}

function byHeadline(a: LibraryEntry, b: LibraryEntry): number {
  return collator.compare(titleOf(a), titleOf(b));
}

/** Newest first; unreadable files, which have no save time, after every article. */
function byLastSaved(a: LibraryEntry, b: LibraryEntry): number {
  const at = (entry: LibraryEntry) => (entry.kind === 'article' ? Date.parse(entry.savedAt) || 0 : -Infinity);
  return at(b) - at(a) || byHeadline(a, b);
}
