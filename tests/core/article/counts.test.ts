// The status bar's counts: words as a reporter counts them, characters, reading time, target.
import { describe, expect, it } from 'vitest';
import { bodyCounts, WORDS_PER_MINUTE } from '../../../core/article/counts';

describe('bodyCounts', () => {
  const cases: {
    text: string;
    target: number | null;
    words: number;
    characters: number;
    readingMinutes: number;
    progress: number | null;
  }[] = [
    { text: '', target: null, words: 0, characters: 0, readingMinutes: 0, progress: null },
    { text: '', target: 500, words: 0, characters: 0, readingMinutes: 0, progress: 0 },
    {
      text: 'A well-known conditions-based plan.',
      target: null,
      words: 4,
      characters: 35,
      readingMinutes: 1,
      progress: null,
    },
    { text: 'About 10,000 people after 9/11.', target: 10, words: 5, characters: 31, readingMinutes: 1, progress: 0.5 },
    {
      text: 'Don’t say O’Brien’s rock ’n’ roll',
      target: null,
      words: 6,
      characters: 33,
      readingMinutes: 1,
      progress: null,
    },
    { text: 'peace—and then—talks', target: 2, words: 4, characters: 20, readingMinutes: 1, progress: 2 },
    // Blank lines between blocks and hard breaks are not characters a reader sees.
    {
      text: 'Subhead\n\nFirst line\nsecond',
      target: null,
      words: 4,
      characters: 23,
      readingMinutes: 1,
      progress: null,
    },
    // Japanese has no spaces between words: Intl.Segmenter finds them.
    {
      text: '東京都は本日、新しい予算案を発表した。',
      target: 20,
      words: 10,
      characters: 19,
      readingMinutes: 1,
      progress: 0.5,
    },
    // Code points, not UTF-16 units: an emoji or a rare CJK character is one character.
    { text: '𠀀 😀', target: null, words: 1, characters: 3, readingMinutes: 1, progress: null },
  ];
  for (const { text, target, ...expected } of cases) {
    it(`${JSON.stringify(text)} against ${target}`, () => {
      expect(bodyCounts(text, target)).toEqual(expected);
    });
  }

  it('rounds reading time up at the reading speed', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(bodyCounts(words(WORDS_PER_MINUTE), null).readingMinutes).toBe(1);
    expect(bodyCounts(words(WORDS_PER_MINUTE + 1), null).readingMinutes).toBe(2);
    expect(bodyCounts(words(2380), 1000).readingMinutes).toBe(10);
  });
});
