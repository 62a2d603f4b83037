// Words in scripts written without spaces between them (Chinese, Japanese, Thai, Lao, Khmer,
// Burmese): a run of their letters holds many words, which only a dictionary finds, so such runs
// go to Intl.Segmenter. Text in every other script keeps its own fast rules (word-counter.ts,
// the search tokenizer); this is only for the runs.

// Script_Extensions rather than Script, so the marks these scripts share with others stay inside
// a run: the long-vowel mark ー and the iteration mark 々, the comma 、 and full stop 。. Only
// code points from U+0E00 (Thai) on: below it, Script_Extensions puts the Latin middle dot · in Han.
const UNSPACED_CLASS = String.raw`(?=[^\u0000-\u0DFF])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]`;
const UNSPACED_CHAR = new RegExp(UNSPACED_CLASS, 'u');

/** The first code point that can be in an unspaced script: anything below is decided without a test. */
export const FIRST_UNSPACED_CODE_POINT = 0x0e00;

/** Runs of characters of unspaced scripts (and their punctuation), for matchAll or replace. */
export const UNSPACED_RUNS = new RegExp(`(?:${UNSPACED_CLASS})+`, 'gu');

/** Whether `char` (one code point) belongs to a script written without spaces between words. */
export function isUnspaced(char: string): boolean {
  return (char.codePointAt(0) as number) >= FIRST_UNSPACED_CODE_POINT && UNSPACED_CHAR.test(char);
}

/** Whether `text` holds any character of an unspaced script, so a caller can keep its fast path. */
export function hasUnspaced(text: string): boolean {
  return UNSPACED_CHAR.test(text);
}

// Made on first use: building one loads the dictionaries, and most text never needs it.
let segmenter: Intl.Segmenter | null = null;

/** The words of `text` as Intl.Segmenter finds them (its word-like segments), in reading order. */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}
