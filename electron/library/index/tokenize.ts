// Words as search sees them: lower case, accents folded, apostrophes dropped, so "Zürich's" finds
// "zurich". In scripts written without spaces (Chinese, Japanese, Thai…) a run of letters is many
// words: Intl.Segmenter finds them, as the word counts do, so "予算" finds
// "東京都は本日、新しい予算案を発表した。". Queries go through here too, so they split the same way.
import { hasUnspaced, segmentWords, UNSPACED_RUNS } from '../../../core/body/unspaced-words';

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const APOSTROPHES = /['’‘`]/g;
const MARKS = /\p{M}+/gu;
// Most newsroom copy is plain ASCII; only then is it worth skipping Unicode normalization.
const NOT_ASCII = /[^\x00-\x7f]/;
// In the unspaced scripts a combining mark is part of the letter (Thai vowels and tone marks, the
// voicing marks of kana), so a word keeps them.
const UNSPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Search terms of a text in reading order, repeats kept (their counts weigh a match). */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase().replace(APOSTROPHES, '');
  // The Unicode-aware pattern is a third slower, so plain ASCII text skips it.
  if (!NOT_ASCII.test(lower)) return lower.match(ASCII_WORD) ?? [];
  if (!hasUnspaced(lower)) return spacedTerms(lower);
  // Pushed one by one: a spread of a long article's words would overflow the stack.
  const terms: string[] = [];
  const add = (words: string[] | null) => {
    if (words) for (const word of words) terms.push(word);
  };
  let end = 0;
  for (const run of lower.matchAll(UNSPACED_RUNS)) {
    add(spacedTerms(lower.slice(end, run.index)));
    for (const word of segmentWords(run[0])) add(word.normalize('NFKC').match(UNSPACED_WORD));
    end = run.index + run[0].length;
  }
  add(spacedTerms(lower.slice(end)));
  return terms;
}

/** The terms of text in scripts written with spaces: accents and other marks folded away. */
function spacedTerms(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS, '').match(WORD) ?? [];
}
