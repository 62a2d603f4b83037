import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../core/ipc/contract';
import { ALL_ARTICLES, viewEntries } from '../../../renderer/library/listView';

import { articleEntry } from './entries';

const summary = (id: string, headline: string, section: string, savedAt: string) =>
  articleEntry(id, headline, { section, savedAt });

const entries: LibraryEntry[] = [
  summary('article-a', 'budget passes', 'Politics', '2025-03-01T09:00:00.000Z'),
  summary('article-b', 'Zoo reopens', 'News', '2025-03-03T09:00:00.000Z'),
  { kind: 'unreadable', file: 'broken.byline.json', error: { code: 'NOT_JSON', message: 'Not JSON.' } },
  summary('article-c', 'Art fair', 'Politics', '2025-03-02T09:00:00.000Z'),
];

const headlines = (list: LibraryEntry[]) =>
  list.map((entry) => (entry.kind === 'article' ? entry.headline : entry.file));

describe('viewEntries', () => {
  it('lists the most recently saved first, unreadable files last', () => {
    expect(headlines(viewEntries(entries, ALL_ARTICLES))).toEqual([
      'Zoo reopens',
      'Art fair',
      'budget passes',
      'broken.byline.json',
    ]);
  });

  it('sorts by headline regardless of case', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, sort: 'headline' }))).toEqual([
      'Art fair',
      'broken.byline.json',
      'budget passes',
      'Zoo reopens',
    ]);
  });

  it('keeps the order it was given by relevance, which is the search’s, best first', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, sort: 'relevance' }))).toEqual([
      'budget passes',
      'Zoo reopens',
      'broken.byline.json',
      'Art fair',
    ]);
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, sort: 'relevance', section: 'Politics' }))).toEqual([
      'budget passes',
      'Art fair',
    ]);
  });

  it('shows only the chosen section, and no unreadable files while filtering', () => {
    expect(headlines(viewEntries(entries, { ...ALL_ARTICLES, section: 'Politics' }))).toEqual([
      'Art fair',
      'budget passes',
    ]);
  });

  it('filters by status', () => {
    expect(viewEntries(entries, { ...ALL_ARTICLES, status: 'draft' })).toHaveLength(3);
    expect(viewEntries(entries, { ...ALL_ARTICLES, status: 'published' })).toHaveLength(0);
  });

  it('leaves the list it was given untouched', () => {
    const copy = [...entries];
    viewEntries(entries, { ...ALL_ARTICLES, sort: 'headline' });
    expect(entries).toEqual(copy);
  });
});
