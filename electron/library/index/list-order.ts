// The order of the library list: newest savedAt first (compared as instants, since offsets differ),
// the same instant by file name, unreadable files last by file name. The list cache is saved in
// this order, so a warm start usually only has to confirm it (one pass) instead of sorting.
import type { LibraryEntry } from '../../../core/ipc/contract';

// Below every real instant (those lie within ±8.64e15 ms) but above the unreadable files: only a
// hand-edited cache could give an article a savedAt that does not parse.
const UNDATED = -Number.MAX_VALUE;
const UNREADABLE = Number.NEGATIVE_INFINITY;

/**
 * The positions of `entries` in list order, or null when they are in list order already.
 * Each savedAt is parsed once into a typed array, not once per comparison as a sort would.
 */
export function listOrder(entries: readonly LibraryEntry[]): number[] | null {
  const count = entries.length;
  const times = new Float64Array(count);
  const files: string[] = new Array(count);
  for (let n = 0; n < count; n++) {
    const entry = entries[n] as LibraryEntry;
    files[n] = entry.file;
    if (entry.kind === 'article') {
      const time = Date.parse(entry.savedAt);
      times[n] = Number.isNaN(time) ? UNDATED : time;
    } else {
      times[n] = UNREADABLE;
    }
  }
  const compare = (a: number, b: number): number => {
    const ta = times[a] as number;
    const tb = times[b] as number;
    if (ta !== tb) return ta > tb ? -1 : 1;
    return (files[a] as string).localeCompare(files[b] as string);
  };
  let ordered = true;
  for (let n = 1; n < count && ordered; n++) ordered = compare(n - 1, n) <= 0;
  if (ordered) return null;
  const positions: number[] = new Array(count);
  for (let n = 0; n < count; n++) positions[n] = n;
  return positions.sort(compare);
}
