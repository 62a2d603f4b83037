import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../core/ipc/contract';
import { listOrder } from '../../../../electron/library/index/list-order';

const article = (file: string, savedAt: string): LibraryEntry => ({
  kind: 'article',
  file,
  id: file,
  headline: file,
  section: '',
  status: 'draft',
  savedAt,
  words: 1,
  readOnly: null,
  stage: 'draft',
  assignee: null,
  due: null,
});
const unreadable = (file: string): LibraryEntry => ({
  kind: 'unreadable',
  file,
  error: { code: 'EMPTY', message: 'The file is empty.' },
});
const inOrder = (entries: LibraryEntry[]) =>
  (listOrder(entries) ?? entries.map((_, n) => n)).map((n) => entries[n]?.file);

describe('the list order', () => {
  it('needs no sort when the entries are in list order already', () => {
    const entries = [
      article('b', '2025-01-02T09:00:00Z'),
      article('a', '2025-01-01T09:00:00Z'),
      article('c', '2025-01-01T09:00:00Z'),
      unreadable('a-bad'),
      unreadable('b-bad'),
    ];

    expect(listOrder(entries)).toBeNull();
    expect(listOrder([])).toBeNull();
  });

  it('compares savedAt as instants, whatever the offset', () => {
    const entries = [
      article('plus-two', '2025-01-01T10:30:00+02:00'),
      article('utc', '2025-01-01T09:00:00Z'),
      article('minus-one', '2025-01-01T08:30:00-01:00'),
    ];

    expect(inOrder(entries)).toEqual(['minus-one', 'utc', 'plus-two']);
  });

  it('orders the same instant by file name as localeCompare does, not by character code', () => {
    const entries = [
      article('Zebra', '2025-01-01T10:00:00+01:00'),
      article('apple', '2025-01-01T09:00:00.000Z'),
      article('banana', '2025-01-01T09:00:00Z'),
    ];

    expect(inOrder(entries)).toEqual(['apple', 'banana', 'Zebra']);
  });

  it('puts unreadable files last by name, after an article whose date does not parse', () => {
    const entries = [
      unreadable('b-bad'),
      article('undated', 'yesterday'),
      unreadable('a-bad'),
      article('dated', '2020-01-01T00:00:00Z'),
    ];

    expect(inOrder(entries)).toEqual(['dated', 'undated', 'a-bad', 'b-bad']);
  });
});
