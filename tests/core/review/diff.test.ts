// What the History panel and `byline diff` show between two revisions: the body word by word,
// and the fields (attribution included) one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyDiffText, diffBodies, diffFields, diffSequences, type DiffPart } from '../../../core/review/diff';
import { fullStory, source, story } from '../../builders/article';
import { br, doc, h, li, p, paragraphs, q, ul, type BodyJSON } from '../../builders/body';

const join = (parts: DiffPart[], kind: 'insert' | 'delete') =>
  parts
    .filter((part) => part.kind === 'equal' || part.kind === kind)
    .map((part) => part.text)
    .join('');

const WORDS = ['the', 'council', 'voted', '7–2', 'on', 'Tuesday.', '“We', 'will', 'build', 'it,”', 'she', 'said'];
const block = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0', '')), { maxLength: 12 })
  .map((pieces) => pieces.map(([word, space]) => word + space).join(''));
const body = fc
  .array(fc.tuple(fc.constantFrom('p', 'h', 'li', 'br'), block, block), { minLength: 1, maxLength: 8 })
  .map((blocks): BodyJSON =>
    doc(
      ...blocks.map(([kind, text, more]) => {
        if (kind === 'h') return h(2, text);
        if (kind === 'li') return ul(li(p(text)), li(p(more)));
        if (kind === 'br') return p(text, br(), more);
        return p(text);
      }),
    ),
  );

describe('the body’s diff', () => {
  it('gives back each side: equal and inserted words make the later text, equal and deleted the earlier', () => {
    fc.assert(
      fc.property(body, body, (a, b) => {
        const parts = diffBodies(a, b);
        expect(join(parts, 'insert')).toBe(bodyDiffText(b));
        expect(join(parts, 'delete')).toBe(bodyDiffText(a));
        for (const part of parts) expect(part.text).not.toBe('');
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('shows no change between a body and itself', () => {
    fc.assert(
      fc.property(body, (a) => {
        expect(diffBodies(a, a).every((part) => part.kind === 'equal')).toBe(true);
      }),
    );
  });

  it('reads a replaced phrase as one deletion and one insertion, spaces with the words', () => {
    expect(diffBodies(paragraphs('The cat sat on the mat.'), paragraphs('A dog sat on the mat.'))).toEqual([
      { kind: 'delete', text: 'The cat' },
      { kind: 'insert', text: 'A dog' },
      { kind: 'equal', text: ' sat on the mat.' },
    ]);
    expect(diffBodies(paragraphs('The council voted.'), paragraphs('The council voted.', 'It met again.'))).toEqual([
      { kind: 'equal', text: 'The council voted.' },
      { kind: 'insert', text: '\nIt met again.' },
    ]);
    expect(diffBodies(paragraphs('It rained.'), paragraphs('It rained all night.'))).toEqual([
      { kind: 'equal', text: 'It ' },
      { kind: 'delete', text: 'rained.' },
      { kind: 'insert', text: 'rained all night.' },
    ]);
  });
});

/** The length of the longest common subsequence, the slow and sure way. */
function lcs(a: number[], b: number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  return table[0]![0]!;
}

describe('the body’s diff across paragraphs', () => {
  it('pairs each edited paragraph with its earlier self when a paragraph was added between them', () => {
    const before = paragraphs('The council met on Tuesday.', 'It voted on the budget.');
    const after = paragraphs(
      'The council met again on Tuesday.',
      'Residents spoke first.',
      'It voted on the new budget.',
    );
    expect(diffBodies(before, after)).toEqual([
      { kind: 'equal', text: 'The council met ' },
      { kind: 'insert', text: 'again ' },
      { kind: 'equal', text: 'on Tuesday.\n' },
      { kind: 'insert', text: 'Residents spoke first.\n' },
      { kind: 'equal', text: 'It voted on the ' },
      { kind: 'insert', text: 'new ' },
      { kind: 'equal', text: 'budget.' },
    ]);
  });

  it('shows a paragraph taken out whole, and only the words changed in the others', () => {
    const before = paragraphs('First words here.', 'A paragraph that goes.', 'Last words here.');
    const after = paragraphs('First words there.', 'Last words there.');
    expect(diffBodies(before, after)).toEqual([
      { kind: 'equal', text: 'First words ' },
      { kind: 'delete', text: 'here.' },
      { kind: 'insert', text: 'there.' },
      { kind: 'equal', text: '\n' },
      { kind: 'delete', text: 'A paragraph that goes.\n' },
      { kind: 'equal', text: 'Last words ' },
      { kind: 'delete', text: 'here.' },
      { kind: 'insert', text: 'there.' },
    ]);
  });
});

describe('the sequence diff under it', () => {
  it('finds a shortest edit script, and replays into the second sequence', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const runs = diffSequences(a, b);
        const replayed: number[] = [];
        let i = 0;
        let edits = 0;
        for (const { kind, count } of runs) {
          if (kind === 'equal') {
            expect(a.slice(i, i + count)).toEqual(b.slice(replayed.length, replayed.length + count));
            replayed.push(...a.slice(i, (i += count)));
          } else if (kind === 'delete') i += count;
          else replayed.push(...b.slice(replayed.length, replayed.length + count));
          if (kind !== 'equal') edits += count;
        }
        expect(i).toBe(a.length);
        expect(replayed).toEqual(b);
        expect(edits).toBe(a.length + b.length - 2 * lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the fields’ diff', () => {
  it('lists each field that changed, in the order the article shows them', () => {
    const before = fullStory(paragraphs('Text.'));
    const after = {
      ...before,
      headline: 'Stoltenberg: we stay',
      bylines: [{ name: 'Amina Rahim', role: 'Brussels correspondent' }],
      dateline: null,
      tags: ['NATO'],
    };
    expect(diffFields(before, after)).toEqual([
      { field: 'headline', before: before.headline, after: 'Stoltenberg: we stay' },
      {
        field: 'bylines',
        before: 'Amina Rahim (Staff reporter); Jonas Berg',
        after: 'Amina Rahim (Brussels correspondent)',
      },
      { field: 'dateline', before: 'BRUSSELS (Europe/Brussels)', after: '' },
      { field: 'tags', before: 'NATO, Afghanistan', after: 'NATO' },
    ]);
    expect(diffFields(before, before)).toEqual([]);
  });

  it('says when a quotation is put to someone else, and when a source is added', () => {
    const sources = [
      source('s1', 'Jens Stoltenberg', { title: 'NATO Secretary General' }),
      source('s2', 'a spokeswoman'),
    ];
    const quoted = (sourceId: string | null) =>
      doc(p('He said ', ...q(sourceId, '“We stay.”', 'quote-1'), ' Then left.'));
    const before = story(quoted('s1'), { sources: sources.slice(0, 1) });
    const after = story(quoted('s2'), { sources });
    expect(diffFields(before, after)).toEqual([
      { field: 'sources', before: '', after: 'a spokeswoman' },
      { field: 'attribution', before: '“We stay.” — Jens Stoltenberg', after: '“We stay.” — a spokeswoman' },
    ]);
    expect(diffFields(after, story(quoted(null), { sources }))).toEqual([
      { field: 'attribution', before: '“We stay.” — a spokeswoman', after: '“We stay.” — unattributed' },
    ]);
  });
});
