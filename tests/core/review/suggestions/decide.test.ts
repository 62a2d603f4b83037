import { describe, expect, it } from 'vitest';
import { acceptSuggestions, rejectSuggestions } from '../../../../core/review/suggestions/decide';
import { suggestionsIn } from '../../../../core/review/suggestions/list';
import { suggestReplacement } from '../../../../core/review/suggestions/suggest-replace';
import { a, doc, node, p, q, text } from '../../../builders/body';

const amina = { id: 's1', by: 'Amina Rahim', at: '2026-12-05T09:00:00Z' };
const omar = { id: 's2', by: 'Omar Haddad', at: '2026-12-05T09:05:00Z' };

/** Where `words` start in the body's first paragraph, as a range of positions. */
function rangeOf(body: ReturnType<typeof node>, words: string) {
  let found: { from: number; to: number } | null = null;
  body.descendants((child, pos) => {
    if (found || !child.isText) return !found;
    const at = child.text!.indexOf(words);
    if (at >= 0) found = { from: pos + at, to: pos + at + words.length };
    return false;
  });
  if (!found) throw new Error(`no “${words}” in the body`);
  return found as { from: number; to: number };
}

const plainText = (body: ReturnType<typeof node>) => body.textBetween(0, body.content.size, '\n');

describe('a suggested replacement', () => {
  const original = node(doc(p('The council voted on Tuesday.')));

  it('keeps the old words struck out and adds the new ones, one suggestion of kind replace', () => {
    const suggested = suggestReplacement(original, rangeOf(original, 'Tuesday'), 'Wednesday', amina);
    expect(plainText(suggested)).toBe('The council voted on TuesdayWednesday.');
    expect(suggestionsIn(suggested)).toEqual([
      expect.objectContaining({ id: 's1', kind: 'replace', old: 'Tuesday', new: 'Wednesday', by: 'Amina Rahim' }),
    ]);
  });

  it('accepted reads as the new words, rejected as the old, and nothing of the desk is left in either', () => {
    const suggested = suggestReplacement(original, rangeOf(original, 'Tuesday'), 'Wednesday', amina);
    expect(acceptSuggestions(suggested, 'all').toJSON()).toEqual(
      node(doc(p('The council voted on Wednesday.'))).toJSON(),
    );
    expect(rejectSuggestions(suggested, 'all').eq(original)).toBe(true);
  });

  it('an empty text suggests a deletion', () => {
    const suggested = suggestReplacement(original, rangeOf(original, ' on Tuesday'), '', amina);
    expect(suggestionsIn(suggested)).toEqual([
      expect.objectContaining({ kind: 'delete', old: ' on Tuesday', new: '' }),
    ]);
    expect(plainText(acceptSuggestions(suggested, 'all'))).toBe('The council voted.');
  });

  it('the new words inside a quotation and a link stay quoted and linked', () => {
    const body = node(
      doc(p('He said ', ...q('s9', 'we will stay'), ' (', ...a('https://example.com/', 'report'), ').')),
    );
    let suggested = suggestReplacement(body, rangeOf(body, 'stay'), 'remain', amina);
    suggested = suggestReplacement(suggested, rangeOf(suggested, 'report'), 'the report', omar);
    const accepted = acceptSuggestions(suggested, 'all');
    expect(accepted.toJSON()).toEqual(
      node(
        doc(p('He said ', ...q('s9', 'we will remain'), ' (', ...a('https://example.com/', 'the report'), ').')),
      ).toJSON(),
    );
    expect(rejectSuggestions(suggested, 'all').eq(body)).toBe(true);
  });
});

describe("two people's suggestions", () => {
  const original = node(doc(p('The mayor said the budget was final.')));
  const both = () => {
    const first = suggestReplacement(original, rangeOf(original, 'mayor'), 'governor', amina);
    return suggestReplacement(first, rangeOf(first, ' final'), '', omar);
  };

  it('stay apart: two ids, each with its author', () => {
    expect(suggestionsIn(both()).map(({ id, by, kind }) => ({ id, by, kind }))).toEqual([
      { id: 's1', by: 'Amina Rahim', kind: 'replace' },
      { id: 's2', by: 'Omar Haddad', kind: 'delete' },
    ]);
  });

  it('accepting one leaves the other pending', () => {
    const accepted = acceptSuggestions(both(), new Set(['s1']));
    expect(suggestionsIn(accepted).map((s) => s.id)).toEqual(['s2']);
    expect(plainText(acceptSuggestions(accepted, 'all'))).toBe('The governor said the budget was.');
  });

  it('choosing by person takes only theirs', () => {
    const rejected = rejectSuggestions(both(), { by: 'Omar Haddad' });
    expect(suggestionsIn(rejected).map((s) => s.by)).toEqual(['Amina Rahim']);
    expect(plainText(rejectSuggestions(rejected, 'all'))).toBe('The mayor said the budget was final.');
  });

  it('one person striking out words another suggested: accepting both leaves neither', () => {
    const added = suggestReplacement(original, rangeOf(original, 'final'), 'final, for now', amina);
    const struck = suggestReplacement(added, rangeOf(added, ', for now'), '', omar);
    expect(plainText(acceptSuggestions(struck, 'all'))).toBe('The mayor said the budget was final.');
    expect(rejectSuggestions(struck, 'all').eq(original)).toBe(true);
  });
});

describe('listing', () => {
  it('gives suggestions in reading order with their text', () => {
    const body = node(
      doc(
        p(
          'A ',
          text('new', [{ type: 'insertion', attrs: { id: 'b', by: 'Omar', at: '2026-12-05T09:00:00Z' } }]),
          ' line.',
        ),
        p(text('Old', [{ type: 'deletion', attrs: { id: 'a', by: 'Amina', at: '2026-12-05T08:00:00Z' } }]), ' words.'),
      ),
    );
    expect(suggestionsIn(body)).toEqual([
      { id: 'b', kind: 'insert', old: '', new: 'new', by: 'Omar', at: '2026-12-05T09:00:00Z', from: 3, to: 6 },
      { id: 'a', kind: 'delete', old: 'Old', new: '', by: 'Amina', at: '2026-12-05T08:00:00Z', from: 14, to: 17 },
    ]);
  });
});
