// The folding table and its map back to the document: what find treats as the same character.
import { describe, expect, it } from 'vitest';
import { fold, foldPattern, FOLDS, originalRange } from '../../../core/find/fold';

describe('fold', () => {
  it.each([
    ['‘’‚‛′ʼ', "''''''"],
    ['“”„‟″', '"""""'],
    ['‐‑‒–—―−', '-------'],
    ['\u00a0\u202f\u2007\u2009', '    '],
  ])('folds %j to %j, keeping the length', (lookalikes, typed) => {
    expect(fold(lookalikes)).toEqual({ text: typed, ellipses: null });
  });

  it('folds nothing else', () => {
    expect(Object.keys(FOLDS)).toHaveLength(22);
    expect(fold('plain «text» — no').text).toBe('plain «text» - no');
  });

  it('reads an ellipsis as three full stops and maps every folded place back', () => {
    const folded = fold('a…b…c');
    expect(folded.text).toBe('a...b...c');
    // "a", "...", "b...", "c", the whole: each is whole characters of the original.
    expect(originalRange(folded, 0, 1)).toEqual({ from: 0, to: 1 });
    expect(originalRange(folded, 1, 4)).toEqual({ from: 1, to: 2 });
    expect(originalRange(folded, 4, 8)).toEqual({ from: 2, to: 4 });
    expect(originalRange(folded, 8, 9)).toEqual({ from: 4, to: 5 });
    expect(originalRange(folded, 0, 9)).toEqual({ from: 0, to: 5 });
    // Part of an ellipsis is no range of the document.
    expect(originalRange(folded, 1, 2)).toBeNull();
    expect(originalRange(folded, 2, 5)).toBeNull();
    expect(originalRange(folded, 0, 3)).toBeNull();
  });
});

describe('foldPattern', () => {
  it('folds look-alikes in an expression and spells an ellipsis out, except in a class or after a backslash', () => {
    expect(foldPattern('“\\w+…”')).toBe(String.raw`"\w+\.\.\."`);
    expect(foldPattern('[‘’]…')).toBe(String.raw`['']\.\.\.`);
    expect(foldPattern('[…]')).toBe('[…]');
    expect(foldPattern(String.raw`\[…\]`)).toBe(String.raw`\[\.\.\.\]`);
    expect(foldPattern('no look-alikes')).toBe('no look-alikes');
  });
});
