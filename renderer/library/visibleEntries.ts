// Which library entries the list shows for a search: the index's hits when it is ready,
// otherwise a plain headline filter so search works while the index is still building.
import type { LibraryEntry } from '../../core/ipc/contract';

export interface SearchOutcome {
  query: string;
  /** The best hits, best first. */
  hitIds: string[];
  /** How many articles matched in all. */
  total: number;
  ready: boolean;
}

/** The hits listed and how many matched, when the index matched more than it sent; else null. */
export function moreThanListed(query: string, outcome: SearchOutcome | null): { listed: number; total: number } | null {
  if (!outcome || !outcome.ready || outcome.query !== query || outcome.total <= outcome.hitIds.length) return null;
  return { listed: outcome.hitIds.length, total: outcome.total };
}

export function visibleEntries(entries: LibraryEntry[], query: string, outcome: SearchOutcome | null): LibraryEntry[] {
  const wanted = query.trim();
  if (wanted === '') return entries;
  if (outcome && outcome.ready && outcome.query === query) {
    const byId = new Map<string, LibraryEntry>();
    for (const entry of entries) if (entry.kind === 'article') byId.set(entry.id, entry);
    return outcome.hitIds.flatMap((id) => byId.get(id) ?? []);
  }
  const needle = wanted.toLocaleLowerCase();
  return entries.filter((entry) =>
    (entry.kind === 'article' ? entry.headline : entry.file).toLocaleLowerCase().includes(needle),
  );
}

export function entryKey(entry: LibraryEntry): string {
  return entry.kind === 'article' ? `article:${entry.id}` : `file:${entry.file}`;
}
