// Finding where quotations open and close in one paragraph, whatever marks the reporter typed.
//
// Double marks open and close quotations wherever they stand. Single marks (’ ‘ ') are far more
// often apostrophes (tenants’, ’90s, rock ’n’ roll, O’Brien, don’t) or quotations nested inside
// double ones, so outside double marks they count only as a pair that reads as one: an opening
// mark after a space with a letter after it, and a closing mark after text with no letter after
// it (single-marks.ts). British papers quote that way: ‘complete performance’.
import { singleSpans } from './single-marks';

/** A stretch of text between an opening mark and its closing mark, or the paragraph's end. */
export interface MarkedSpan {
  /** Index of the opening mark. */
  open: number;
  /** First and past-the-last index of the text inside the marks. */
  from: number;
  to: number;
  /** Index of the closing mark, or null when the paragraph ends inside the quotation. */
  close: number | null;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';
const ANY_MARK = /["“”„«»]/gu;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

export function marksIn(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open: number | null = null;
  ANY_MARK.lastIndex = 0;
  for (let found = ANY_MARK.exec(text); found; found = ANY_MARK.exec(text)) {
    const i = found.index;
    const char = found[0];
    const before = text[i - 1];
    const after = text[i + 1];
    // A mark with text right after it can open; one with text right before it can close.
    const canOpen = after !== undefined && !isSpace(after);
    const canClose = before !== undefined && !isSpace(before);
    if (open === null) {
      // A closing glyph typed with text after and space before was meant to open (smart quotes gone wrong).
      const opens = OPENING.has(char) ? canOpen || !canClose : canOpen && (char === STRAIGHT || !canClose);
      if (opens) open = i;
      continue;
    }
    // Straight marks on a page that lost its paragraph breaks: `excellent. "We've always…` opens the
    // next paragraph of the quotation (AP style) rather than closing this one.
    if (char === STRAIGHT && canOpen && !canClose && /[.!?]\s$/u.test(text.slice(i - 2, i))) {
      spans.push({ open, from: open + 1, to: trimmedEnd(text, i), close: i });
      open = i;
      continue;
    }
    // An opening glyph followed by space or the end was meant to close.
    const closes = CLOSING.has(char) || char === STRAIGHT || (canClose && !canOpen);
    if (closes) {
      spans.push({ open, from: open + 1, to: i, close: i });
      open = null;
    }
  }
  if (open !== null)
    spans.push({ open, from: open + 1, to: Math.max(open + 1, trimmedEnd(text, text.length)), close: null });
  return text.includes('‘') || text.includes("'") ? withSingles(text, spans) : spans;
}

/** The double-marked spans with the single-marked ones found between them, in order. */
function withSingles(text: string, doubles: MarkedSpan[]): MarkedSpan[] {
  const all: MarkedSpan[] = [];
  let from = 0;
  for (const span of doubles) {
    all.push(...singleSpans(text, from, span.open), span);
    from = span.close === null ? text.length : span.close + 1;
  }
  all.push(...singleSpans(text, from, text.length));
  return all;
}

export function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpace(text[at - 1])) at--;
  return at;
}

/** Whether the paragraph's first visible character opens a quotation (an AP continuation paragraph). */
export function opensWithMark(text: string, spans: MarkedSpan[]): boolean {
  const first = spans[0];
  return first !== undefined && text.slice(0, first.open).trim() === '';
}
