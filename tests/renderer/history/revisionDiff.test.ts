// What the History panel shows of a comparison: changes with a few words around them, long
// unchanged stretches folded with their length, and the words inserted and deleted counted.
import { describe, expect, it } from 'vitest';
import { compareArticles, folded } from '../../../renderer/history/revisionDiff';
import { article, paragraphs } from '../fakeApi';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `w${from + index}`).join(' ');

describe('a comparison as shown', () => {
  it('keeps a few unchanged words around a change and folds the rest, saying how many words it left out', () => {
    const before = article('article-one', 'Sea wall', paragraphs(`${words(1, 40)} old ${words(41, 80)}`));
    const after = article('article-one', 'Sea wall', paragraphs(`${words(1, 40)} new ${words(41, 80)}`));
    const diff = compareArticles(before, after);
    expect(diff).toMatchObject({ inserted: 1, deleted: 1, fields: [] });
    expect(diff.body[0]).toEqual({ kind: 'fold', words: 28 });
    expect(diff.body.filter((part) => part.kind === 'delete')).toEqual([{ kind: 'delete', text: 'old' }]);
    expect(diff.body.filter((part) => part.kind === 'insert')).toEqual([{ kind: 'insert', text: 'new' }]);
    expect(diff.body.at(-1)).toEqual({ kind: 'fold', words: 28 });
    const shown = diff.body.map((part) => ('text' in part ? part.text : '…')).join('');
    // Twelve words either side of the change: w29…w40, then w41…w52.
    expect(shown).toBe(`…${words(29, 40)} oldnew ${words(41, 52)}…`);
  });

  it('shows nothing of the body when only a field changed, and names the field with before and after', () => {
    const before = article('article-one', 'Sea wall vote', paragraphs('The council voted.'));
    const after = article('article-one', 'Council rebuilds the sea wall', paragraphs('The council voted.'));
    const diff = compareArticles(before, after);
    expect(diff.body).toEqual([]);
    expect(diff.fields).toEqual([
      { field: 'headline', before: 'Sea wall vote', after: 'Council rebuilds the sea wall' },
    ]);
  });

  it('compares the text as it stands: a pending suggestion is named as one, never shown as made', () => {
    const before = article('article-one', 'Sea wall', paragraphs('The council voted on Monday.'));
    const mark = (type: 'insertion' | 'deletion') => ({
      type,
      attrs: { id: 's1', by: 'Dana Whitfield', at: '2025-03-01T09:00:00.000Z' },
    });
    const suggested = {
      ...before,
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'The council voted on ' },
              { type: 'text', text: 'Monday', marks: [mark('deletion')] },
              { type: 'text', text: 'Tuesday', marks: [mark('insertion')] },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
    };
    const diff = compareArticles(before, suggested);
    expect(diff).toMatchObject({ body: [], inserted: 0, deleted: 0 });
    expect(diff.fields).toEqual([
      {
        field: 'suggestions',
        before: '',
        after: 'Dana Whitfield suggested replacing “Monday” with “Tuesday”',
      },
    ]);
  });

  it('keeps a short unchanged stretch between two changes whole', () => {
    const parts = [
      { kind: 'delete' as const, text: 'a' },
      { kind: 'equal' as const, text: ' one two three ' },
      { kind: 'insert' as const, text: 'b' },
    ];
    expect(folded(parts, 2)).toEqual(parts);
    expect(folded([{ kind: 'equal', text: 'nothing changed here' }])).toEqual([]);
  });
});
