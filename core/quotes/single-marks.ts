// Quotations in single marks, as British papers print them (‘complete performance’, 'We were
// good,' he said). The same glyphs are apostrophes far more often, so a pair counts only when
// both ends read as marks: the opening one after a space (or the paragraph's start, or a bracket
// or dash) with a letter right after it, the closing one after text with no letter or digit right
// after it. Elisions ('n', 'em, 'til) never open; a plural possessive ("the players’ union") never
// closes while a later mark in the sentence could.
import type { MarkedSpan } from './marks';

const CLOSERS = new Set(['’', "'"]);
// What may stand right before an opening mark besides white space.
const BEFORE_OPENING = new Set(['(', '[', '—', '–', '-', '/', ':']);
// A word clipped at its start, not a quotation opening.
const ELISION = /^(?:n|em|til|tis|twas|cause|bout|round|cos|ere|un)\b/iu;
// How far a single-marked quotation may run: longer, and an apostrophe is likelier than a mark.
const LONGEST = 600;

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

function opensAt(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before !== undefined && !isSpace(before) && !BEFORE_OPENING.has(before)) return false;
  if (!/\p{L}/u.test(text[i + 1] ?? '')) return false;
  return !ELISION.test(text.slice(i + 1, i + 7));
}

/** "players’ union": a closing-looking mark that is more likely a plural possessive. */
const possessive = (text: string, i: number) =>
  text[i - 1] === 's' && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');

function closesAt(text: string, i: number): boolean {
  const before = text[i - 1];
  return before !== undefined && !isSpace(before) && !isLetter(text[i + 1]);
}

/** The closing mark for the quotation opened at `open`, or -1. */
function closingFor(text: string, open: number, end: number): number {
  let fallback = -1;
  const limit = Math.min(end, open + LONGEST);
  for (let i = open + 2; i < limit; i++) {
    const char = text[i]!;
    if (char === '\n') break;
    if (!CLOSERS.has(char) || !closesAt(text, i)) continue;
    if (!possessive(text, i)) return i;
    if (fallback < 0) fallback = i;
  }
  // Only a possessive-looking mark closes, and the text goes on in lower case: an apostrophe, not a quotation.
  return fallback >= 0 && /^\s*[.,;:!?—–)]|^\s*$/u.test(text.slice(fallback + 1, fallback + 3)) ? fallback : -1;
}

/** Closed single-marked quotations between `from` and `end` of `text`, in order. */
const OPENING_MARK = /['‘]/gu;

export function singleSpans(text: string, from: number, end: number): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  // Jump from mark to mark: most text between them is letters no rule here looks at.
  OPENING_MARK.lastIndex = from;
  for (let found = OPENING_MARK.exec(text); found && found.index < end; found = OPENING_MARK.exec(text)) {
    const i = found.index;
    if (!opensAt(text, i)) continue;
    const close = closingFor(text, i, end);
    if (close < 0) continue;
    spans.push({ open: i, from: i + 1, to: close, close });
    OPENING_MARK.lastIndex = close + 1;
  }
  return spans;
}
