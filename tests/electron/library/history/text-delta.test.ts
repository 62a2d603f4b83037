// A revision stored as the edits since the one before gives back exactly the text it was made from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextDelta, textDelta } from '../../../../electron/library/history/text-delta';

/** Texts with lines, as the article file is, from a small alphabet so two texts share much. */
const text = fc
  .array(fc.constantFrom('a', 'b', ' ', '\n', '"', 'é', '😀', '{', '}'), { maxLength: 120 })
  .map((chars) => chars.join(''));

describe('a delta between two versions of the article file', () => {
  it('applied to the first gives the second, for any two texts', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(applyTextDelta(before, textDelta(before, after))).toBe(after);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives being written down and read back as JSON', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const stored = JSON.parse(JSON.stringify(textDelta(before, after))) as ReturnType<typeof textDelta>;
        expect(applyTextDelta(before, stored)).toBe(after);
      }),
    );
  });

  it('holds only what typing changed, not the lines around it', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `  "text": "Paragraph ${i} of the council story."\n`);
    const before = lines.join('');
    const after = before.replace('Paragraph 120 of', 'Paragraph 120, the longest, of');
    expect(textDelta(before, after)).toEqual([[before.indexOf('Paragraph 120 of') + 13, 0, ', the longest,']]);
  });

  it('refuses edits that do not fit the text (a damaged record) instead of making something up', () => {
    expect(() => applyTextDelta('short', [[3, 10, 'x']])).toThrow();
    expect(() =>
      applyTextDelta('short', [
        [3, 0, 'x'],
        [1, 0, 'y'],
      ]),
    ).toThrow();
  });
});
