// The library list by the desk: "Assigned to me" (Settings' Your name, whatever its case or
// spacing), "Waiting for the desk" (ready), and "Due soonest" (overdue first, no due time last).
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../core/ipc/contract';
import { ALL_ARTICLES, viewEntries } from '../../../renderer/library/listView';
import { dueWhen } from '../../../renderer/library/savedAt';
import { articleEntry } from '../library/entries';

const entries: LibraryEntry[] = [
  articleEntry('a', 'Budget vote', { stage: 'ready', assignee: 'Sam Okoye', due: '2025-03-02T17:00:00.000Z' }),
  articleEntry('b', 'Harbour floods', { stage: 'editing', assignee: 'Ana Ruiz', due: '2025-03-01T12:00:00.000Z' }),
  articleEntry('c', 'Zoo reopens', { stage: 'draft', savedAt: '2025-03-05T09:00:00.000Z' }),
  articleEntry('d', 'Art fair', { stage: 'ready', assignee: null, due: null, savedAt: '2025-03-04T09:00:00.000Z' }),
  { kind: 'unreadable', file: 'broken.byline.json', error: { code: 'NOT_JSON', message: 'Not JSON.' } },
];
const headlines = (list: LibraryEntry[]) =>
  list.map((entry) => (entry.kind === 'article' ? entry.headline : entry.file));

describe('the library by the desk', () => {
  it('lists only the articles assigned to me, matching my name loosely', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, desk: 'mine' }, '  sam   okoye '))).toEqual([
      'Budget vote',
    ]);
  });

  it('lists nothing as mine while I have no name', () => {
    expect(viewEntries(entries, { ...ALL_ARTICLES, desk: 'mine' }, '')).toEqual([]);
  });

  it('lists the articles waiting for the desk, newest first', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, desk: 'waiting' }))).toEqual(['Art fair', 'Budget vote']);
  });

  it('orders by due time, soonest first, then the rest by last saved, unreadable files last', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, sort: 'due' }))).toEqual([
      'Harbour floods',
      'Budget vote',
      'Zoo reopens',
      'Art fair',
      'broken.byline.json',
    ]);
  });

  it('says when an article is due, ahead or passed', () => {
    const now = Date.parse('2025-03-01T10:00:00.000Z');
    expect(dueWhen('2025-03-01T10:40:00.000Z', now)).toBe('in 40 min');
    expect(dueWhen('2025-03-01T13:00:00.000Z', now)).toBe('in 3 h');
    expect(dueWhen('2025-03-01T09:30:00.000Z', now)).toBe('30 min ago');
    expect(dueWhen('2025-03-09T10:00:00.000Z', now, 'en-GB')).toBe('9 Mar');
  });
});
