// The one-pass word counter must count exactly the words the written rule defines, on any
// text and on any body, so the library list and the status bar always agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../core/body/schema';
import { bodyPlainText, countBodyWords, countWords } from '../../../core/body/text';

// The rule, as a regular expression: letters or digits, joined by ' ’ - . , or / inside a word.
const WORD = /[\p{L}\p{N}]+(?:['’\-.,/][\p{L}\p{N}]+)*/gu;
const byRule = (text: string) => [...text.matchAll(WORD)].length;

// Letters, digits, every joiner, separators, accents (precomposed and combining), an astral letter and an emoji.
const pieces = [
  'a',
  'Z',
  '7',
  "'",
  '’',
  '-',
  '.',
  ',',
  '/',
  ' ',
  '\n',
  '—',
  'é',
  'e\u0301',
  'ß',
  '𝒜',
  '😀',
  '٣',
  '!',
  '"',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const textNode = text
  .filter((value) => value.length > 0)
  .map((value): BodyJSON => ({ type: 'text', text: value, marks: value.length % 2 ? [{ type: 'bold' }] : undefined }));
const inline = fc.array(fc.oneof(textNode, fc.constant<BodyJSON>({ type: 'hardBreak' })), { maxLength: 5 });
const paragraph = inline.map((content): BodyJSON => ({ type: 'paragraph', content }));
const block = fc.oneof(
  paragraph,
  inline.map((content): BodyJSON => ({ type: 'heading', attrs: { level: 2 }, content })),
  fc.array(paragraph, { maxLength: 3 }).map((content): BodyJSON => ({ type: 'blockquote', content })),
  fc.tuple(inline, textNode).map(([quote, credit]): BodyJSON => ({
    type: 'pullQuote',
    content: [
      { type: 'pullQuoteText', content: quote },
      { type: 'pullQuoteAttribution', content: [credit] },
    ],
  })),
  fc.constant<BodyJSON>({ type: 'horizontalRule' }),
);
const body = fc.array(block, { maxLength: 6 }).map((content): BodyJSON => ({ type: 'doc', content }));

describe('word counting', () => {
  it('counts "don\'t", "well-known", "10,000" and "9/11" once each, and a dash as a gap', () => {
    expect(countWords("Don't panic: well-known 10,000 — 9/11 ’twas")).toBe(6);
  });

  it('counts exactly the words of the rule on any text', () => {
    fc.assert(
      fc.property(text, (value) => countWords(value) === byRule(value)),
      { numRuns: 2000 },
    );
  });

  it('counts a body without building its text, a word split by a bold mark counting once', () => {
    const split: BodyJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'news' },
            { type: 'text', text: 'room', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    };
    expect(countBodyWords(split)).toBe(1);
    fc.assert(
      fc.property(body, (doc) => countBodyWords(doc) === byRule(bodyPlainText(doc))),
      { numRuns: 2000 },
    );
  });
});
