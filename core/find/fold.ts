// Look-alike characters, folded for find: a reporter types "don't" and smart typography (or a
// pasted page) put “don’t” in the body. Find compares the folded forms of both and maps every
// match back to the exact characters of the body.

/** Each look-alike and the character a reporter types for it. */
export const FOLDS: Readonly<Record<string, string>> = {
  // Apostrophes and single quotes: left, right, low-9, high-reversed-9, prime, modifier letter.
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  // Double quotes: left, right, low-9, high-reversed-9, double prime.
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  // Dashes: hyphen, non-breaking hyphen, figure, en, em, horizontal bar, minus sign.
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // Spaces pasted from web pages and French copy: no-break, narrow no-break, figure, thin.
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
};

/** Smart typography makes "..." one character; find reads it back as the three a reporter types. */
export const ELLIPSIS = '\u2026';
const ELLIPSIS_FOLDED = '...';

const LOOKALIKE = new RegExp(`[${Object.keys(FOLDS).join('')}${ELLIPSIS}]`, 'u');
const ONE_FOR_ONE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

export interface FoldedText {
  text: string;
  /**
   * Where each ellipsis stood in the original, in order: the only look-alike that changes length.
   * Null when there is none, so positions are the same in both.
   */
  ellipses: number[] | null;
}

export function fold(text: string): FoldedText {
  if (!LOOKALIKE.test(text)) return { text, ellipses: null };
  const same = text.replace(ONE_FOR_ONE, (char) => FOLDS[char]!);
  if (!same.includes(ELLIPSIS)) return { text: same, ellipses: null };
  const ellipses: number[] = [];
  for (let at = same.indexOf(ELLIPSIS); at !== -1; at = same.indexOf(ELLIPSIS, at + 1)) ellipses.push(at);
  return { text: same.replaceAll(ELLIPSIS, ELLIPSIS_FOLDED), ellipses };
}

/**
 * The original range of the folded range [start, end), or null when it begins or ends inside an
 * ellipsis: "." alone never finds a third of "…".
 */
export function originalRange(folded: FoldedText, start: number, end: number): { from: number; to: number } | null {
  if (!folded.ellipses) return { from: start, to: end };
  const from = originalPlace(folded.ellipses, start);
  const to = originalPlace(folded.ellipses, end);
  return from === null || to === null ? null : { from, to };
}

/** The original place of a place between folded characters, or null inside an ellipsis's "...". */
function originalPlace(ellipses: number[], place: number): number | null {
  const grows = ELLIPSIS_FOLDED.length - 1;
  let shift = 0;
  for (const original of ellipses) {
    const at = original + shift;
    if (place <= at) break;
    if (place < at + ELLIPSIS_FOLDED.length) return null;
    shift += grows;
  }
  return place - shift;
}

/**
 * A regular expression written by the reporter, folded like the text it runs on: look-alikes
 * become what they fold to, and an ellipsis outside a character class becomes three escaped
 * full stops. (Inside a class it is left alone: one character cannot stand for three.)
 */
export function foldPattern(source: string): string {
  if (!LOOKALIKE.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      out += char + (source[index + 1] ?? '');
      index++;
    } else if (char === ELLIPSIS && !inClass) out += '\\.\\.\\.';
    else {
      if (char === '[') inClass = true;
      if (char === ']') inClass = false;
      out += FOLDS[char] ?? char;
    }
  }
  return out;
}
