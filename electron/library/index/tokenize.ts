// Words as search sees them: lower case, accents folded, apostrophes dropped, so "Zürich's" finds "zurich".

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const APOSTROPHES = /['’‘`]/g;
const MARKS = /\p{M}+/gu;
// Most newsroom copy is plain ASCII; only then is it worth skipping Unicode normalization.
const NOT_ASCII = /[^\x00-\x7f]/;

/** Search terms of a text in reading order, repeats kept (their counts weigh a match). */
export function tokenize(text: string): string[] {
  let folded = text.toLowerCase().replace(APOSTROPHES, '');
  // The Unicode-aware pattern is a third slower, so plain ASCII text skips it.
  if (!NOT_ASCII.test(folded)) return folded.match(ASCII_WORD) ?? [];
  folded = folded.normalize('NFKD').replace(MARKS, '');
  return folded.match(WORD) ?? [];
}
