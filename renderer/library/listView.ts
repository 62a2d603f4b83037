// Narrowing and ordering the library list: by status, by section, by the desk (assigned to me,
// waiting for the desk), by last saved, headline or due time, and while searching by relevance
// ("Best match"), the order the search index ranked its hits in.
import type { LibraryEntry } from '../../core/ipc/contract';

export const SORT_ORDERS = ['relevance', 'savedAt', 'headline', 'due'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** '' every article; 'mine' the ones assigned to the person using the app; 'waiting' the ones ready for the desk. */
export const DESK_FILTERS = ['', 'mine', 'waiting'] as const;
export type DeskFilter = (typeof DESK_FILTERS)[number];

export interface ListView {
  /** '' shows every status. */
  status: string;
  /** '' shows every section. */
  section: string;
  desk: DeskFilter;
  sort: SortOrder;
}

export const ALL_ARTICLES: ListView = { status: '', section: '', desk: '', sort: 'savedAt' };

/** The order a search starts in: its best hit on top. */
export const SEARCH_ORDER: SortOrder = 'relevance';

/**
 * Files that cannot be read have no status or section: they show only while nothing is filtered.
 * By relevance the entries keep the order they come in, which is the search's, best first.
 * `me` is Settings' "Your name": "Assigned to me" matches it whatever its case or spacing.
 */
export function viewEntries(entries: LibraryEntry[], view: ListView, me = ''): LibraryEntry[] {
  const { desk } = view;
  const filtering = view.status !== '' || view.section !== '' || desk !== '';
  const kept = entries.filter((entry) => {
    if (entry.kind === 'unreadable') return !filtering;
    return (
      (view.status === '' || entry.status === view.status) &&
      (view.section === '' || entry.section === view.section) &&
      onDesk(entry, desk, me)
    );
  });
  if (view.sort === 'relevance') return kept;
  return kept.sort(view.sort === 'headline' ? byHeadline : view.sort === 'due' ? byDue : byLastSaved);
}

type ArticleEntry = Extract<LibraryEntry, { kind: 'article' }>;

const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function onDesk(entry: ArticleEntry, desk: DeskFilter, me: string): boolean {
  if (desk === 'mine') return me.trim() !== '' && entry.assignee !== null && sameName(entry.assignee, me);
  if (desk === 'waiting') return entry.stage === 'ready';
  return true;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function titleOf(entry: LibraryEntry): string {
  return entry.kind === 'article' ? entry.headline.trim() || 'Untitled' : entry.file;
}

function byHeadline(a: LibraryEntry, b: LibraryEntry): number {
  return collator.compare(titleOf(a), titleOf(b));
}

/** Soonest due first (overdue ones on top); articles with no due time after them, newest saved first. */
function byDue(a: LibraryEntry, b: LibraryEntry): number {
  const due = (entry: LibraryEntry) =>
    entry.kind === 'article' && entry.due !== null ? Date.parse(entry.due) || Infinity : Infinity;
  const [first, second] = [due(a), due(b)];
  if (first !== second) return first === Infinity ? 1 : second === Infinity ? -1 : first - second;
  return byLastSaved(a, b);
}

/** Newest first; unreadable files, which have no save time, after every article. */
function byLastSaved(a: LibraryEntry, b: LibraryEntry): number {
  const at = (entry: LibraryEntry) => (entry.kind === 'article' ? Date.parse(entry.savedAt) || 0 : -Infinity);
  return at(b) - at(a) || byHeadline(a, b);
}
