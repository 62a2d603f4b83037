// The list's fast word count must give every article the same count the editor's status bar shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../../core/body/schema';
import { bodyPlainText, countWords } from '../../../../core/body/text';
import { countBodyWords, countTextWords } from '../../../../electron/library/index/word-count';

// Letters, digits, every joiner, separators, accents (precomposed and combining), an astral letter and an emoji.
const pieces = ['a', 'Z', '7', "'", '’', '-', '.', ',', '/', ' ', '\n', '—', 'é', 'e\u0301', 'ß', '𝒜', '😀', '٣', '!', '"'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const textNode = text.map((value): BodyJSON => ({ type: 'text', text: value, marks: value.length % 2 ? [{ type: 'bold' }] : undefined }));
const inline = fc.array(fc.oneof(textNode, fc.constant<BodyJSON>({ type: 'hardBreak' })), { maxLength: 5 });
const block = fc.oneof(
  inline.map((content): BodyJSON => ({ type: 'paragraph', content })),
  inline.map((content): BodyJSON => ({ type: 'heading', attrs: { level: 2 }, content })),
  fc.array(inline.map((content): BodyJSON => ({ type: 'paragraph', content })), { maxLength: 3 }).map((content): BodyJSON => ({ type: 'blockquote', content })),
  fc.constant<BodyJSON>({ type: 'horizontalRule' }),
);
const body = fc.array(block, { maxLength: 6 }).map((content): BodyJSON => ({ type: 'doc', content }));

describe('word counts in the library list', () => {
  it('counts "don\'t", "well-known", "10,000" and "9/11" once each, and a dash as a gap', () => {
    expect(countTextWords("Don't panic: well-known 10,000 — 9/11 ’twas")).toBe(6);
  });

  it('agrees with the editor on any text', () => {
    fc.assert(fc.property(text, (value) => countTextWords(value) === countWords(value)), { numRuns: 2000 });
  });

  it('agrees with the editor on any body, a word split by a bold mark counting once', () => {
    const split: BodyJSON = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'news' }, { type: 'text', text: 'room', marks: [{ type: 'bold' }] }] }] };
    expect(countBodyWords(split)).toBe(1);
    fc.assert(fc.property(body, (doc) => countBodyWords(doc) === countWords(bodyPlainText(doc))), { numRuns: 2000 });
  });
});
