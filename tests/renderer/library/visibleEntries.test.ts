import { describe, expect, it } from 'vitest';
import { savedAgo, wordsLabel } from '../../../renderer/library/savedAt';
import { moreThanListed, visibleEntries } from '../../../renderer/library/visibleEntries';
import { articleEntry } from './entries';

const entries = [
  articleEntry('aaaaaaaa', 'Council votes on budget'),
  articleEntry('bbbbbbbb', 'Floods close the Rhine'),
  articleEntry('cccccccc', 'Budget talks stall'),
];

describe('visibleEntries', () => {
  it('filters by headline while the search index is not ready', () => {
    const shown = visibleEntries(entries, 'budget', { query: 'budget', hitIds: [], total: 0, ready: false });
    expect(shown.map((item) => item.file.slice(0, 8))).toEqual(['aaaaaaaa', 'cccccccc']);
  });

  it('shows the index hits in their order once it is ready', () => {
    const shown = visibleEntries(entries, 'rhine', {
      query: 'rhine',
      hitIds: ['bbbbbbbb', 'aaaaaaaa'],
      total: 2,
      ready: true,
    });
    expect(shown.map((item) => item.file.slice(0, 8))).toEqual(['bbbbbbbb', 'aaaaaaaa']);
  });

  it('shows everything for an empty query', () => {
    expect(visibleEntries(entries, '  ', null)).toHaveLength(3);
  });
});

describe('moreThanListed', () => {
  const outcome = { query: 'budget', hitIds: ['aaaaaaaa', 'cccccccc'], total: 2, ready: true };

  it('says nothing when every match is listed', () => {
    expect(moreThanListed('budget', outcome)).toBeNull();
  });

  it('says how many are listed of how many matched when the index matched more', () => {
    expect(moreThanListed('budget', { ...outcome, total: 132 })).toEqual({ listed: 2, total: 132 });
  });

  it('says nothing of an answer to an earlier query, or while only headlines are searched', () => {
    expect(moreThanListed('budget talks', { ...outcome, total: 132 })).toBeNull();
    expect(moreThanListed('budget', { ...outcome, total: 132, ready: false })).toBeNull();
  });
});

describe('library list labels', () => {
  const now = Date.parse('2025-03-01T12:00:00.000Z');
  it.each([
    ['2025-03-01T11:59:30.000Z', 'just now'],
    ['2025-03-01T11:55:00.000Z', '5 min ago'],
    ['2025-03-01T09:00:00.000Z', '3 h ago'],
  ])('saved at %s reads "%s"', (iso, expected) => {
    expect(savedAgo(iso, now, 'en-GB')).toBe(expected);
  });

  it('says words with the right number', () => {
    expect(wordsLabel(1)).toBe('1 word');
    expect(wordsLabel(1234)).toBe('1,234 words');
  });

  it('says a count not made yet is being counted, not that the article is empty', () => {
    expect(wordsLabel(null)).toBe('counting…');
  });
});
