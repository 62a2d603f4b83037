import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermTable } from '../../../../electron/library/index/term-table';
import { tokenize } from '../../../../electron/library/index/tokenize';
import { countWords } from '../../../../core/body/text';

/** The words the table read from `text`, by name, in reading order. */
function termsRead(table: TermTable, text: string): string[] {
  const count = table.read(text);
  const names = table.names();
  return Array.from(table.ids.subarray(0, count), (id) => names[id] as string);
}

// Newsroom copy with the characters that decide where a word starts and ends.
const copy = fc.string({
  unit: fc.constantFrom(
    'a',
    'A',
    'Z',
    'q',
    '7',
    ' ',
    "'",
    '`',
    '.',
    '-',
    ',',
    '\n',
    '’',
    'é',
    'Ü',
    'ﬁ',
    '¼',
    'K',
    '日',
    '😀',
  ),
  maxLength: 60,
});

describe('the cold build finds the words a search looks for', () => {
  it('reads any text into exactly the words tokenize() makes of it, across many texts sharing one table', () => {
    fc.assert(
      fc.property(fc.array(copy, { minLength: 1, maxLength: 8 }), (texts) => {
        const table = new TermTable();
        for (const text of texts) expect(termsRead(table, text)).toEqual(tokenize(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives one id to a word however it is capitalised or apostrophised, and a new id to a new word', () => {
    const table = new TermTable();
    table.read("Council's budget");
    const first = Array.from(table.ids.subarray(0, 2));
    table.read('COUNCILS Budget budgets');

    expect(Array.from(table.ids.subarray(0, 3))).toEqual([...first, 2]);
    expect(table.names()).toEqual(['councils', 'budget', 'budgets']);
  });

  it('keeps every word of a library too big for its first table', () => {
    const table = new TermTable();
    const words = Array.from({ length: 20_000 }, (_, n) => `w${n.toString(36)}x`);
    table.read(words.join(' '));

    expect(table.size).toBe(20_000);
    expect(termsRead(table, `${words[19_999]} ${words[0]}`)).toEqual([words[19_999], words[0]]);
  });

  it('counts the words of plain ASCII text on the same pass, exactly as countWords() does', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('a', 'Q', '7', ' ', "'", '`', '.', '-', ',', '/', '\n', '!', '"'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.array(ascii, { minLength: 1, maxLength: 8 }), (texts) => {
        const table = new TermTable();
        for (const text of texts) {
          table.read(text);
          expect(table.words).toBe(countWords(text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the count of text that is not plain ASCII to countWords()', () => {
    const table = new TermTable();
    table.read("don't stop");
    expect(table.words).toBe(2);
    table.read('Zürich’s café');
    expect(table.words).toBe(-1);
    for (const text of [
      "rock 'n' roll",
      'a`b c``d',
      "a''b",
      '10,000 9/11 well-known U.S.',
      "'quoted' --dash-- end.",
      '',
    ]) {
      table.read(text);
      expect([text, table.words]).toEqual([text, countWords(text)]);
    }
  });
});
