// A passage of the quote evaluation set: its paragraphs and its quotations, turned into the file text and gold annotations.

export type Desk = 'wire' | 'local' | 'courts' | 'sport' | 'business' | 'politics' | 'science';

/** How paragraphs are separated in the file, as reporters' copy arrives: plain blank lines, Windows line ends, or lines holding only no-break spaces (copied off a web page). */
export type Layout = 'blank' | 'crlf' | 'nbsp' | 'crlf-nbsp';

/**
 * Which half of the set a passage belongs to: 'tune' passages may be read while writing detector rules; 'heldout'
 * passages never are, so their figures say how the rules do on copy nobody tuned them to.
 */
export type Split = 'tune' | 'heldout';

export interface QuotationDefinition {
  /** The characters between the outer marks; a multi-paragraph quotation separates paragraphs with "\n\n", whatever the layout. */
  text: string;
  speaker: string | null;
  /** The quotation is never closed: it ends at the end of a paragraph, not before a closing mark. */
  unclosed?: boolean;
}

export interface PassageDefinition {
  name: string;
  desk: Desk;
  cases: string[];
  layout?: Layout;
  /** Set once in definitions.ts, never in a desk file: the held-out choice is drawn there and must not drift. */
  split?: Split;
  paragraphs: string[];
  quotations: QuotationDefinition[];
}

export interface GoldQuotation {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface CatalogEntry {
  name: string;
  desk: Desk;
  cases: string[];
  layout: Layout;
  split: Split;
}

const OPENING_MARKS = '“"‘\'';
const CLOSING_MARKS = '”"’\'';

function separator(layout: Layout): { paragraph: string; end: string } {
  switch (layout) {
    case 'blank':
      return { paragraph: '\n\n', end: '\n' };
    case 'crlf':
      return { paragraph: '\r\n\r\n', end: '\r\n' };
    // Like the seed: a paragraph ends with a no-break space and the blank line holds only one.
    case 'nbsp':
      return { paragraph: '\u00a0\n\u00a0\n', end: '\u00a0\n' };
    case 'crlf-nbsp':
      return { paragraph: '\u00a0\r\n\u00a0\r\n', end: '\u00a0\r\n' };
  }
}

export function passageText(passage: PassageDefinition): string {
  const { paragraph, end } = separator(passage.layout ?? 'blank');
  return passage.paragraphs.join(paragraph) + end;
}

function quotationText(quotation: QuotationDefinition, layout: Layout): string {
  return quotation.text.split('\n\n').join(separator(layout).paragraph);
}

function occurrences(haystack: string, needle: string, from: number): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Offsets come from the text itself, never from a hand count: each quotation is looked up after the previous one,
 * must occur once there, must follow an opening mark, and must stop at a closing mark (or, unclosed, at a paragraph end).
 */
export function goldQuotations(passage: PassageDefinition): GoldQuotation[] {
  const layout = passage.layout ?? 'blank';
  const text = passageText(passage);
  let from = 0;
  return passage.quotations.map((quotation) => {
    const wanted = quotationText(quotation, layout);
    const found = occurrences(text, wanted, from);
    const where = `${passage.name}: “${quotation.text.slice(0, 40)}”`;
    if (found.length !== 1) throw new Error(`${where} occurs ${found.length} times after offset ${from}`);
    const start = found[0] as number;
    const end = start + wanted.length;
    if (!OPENING_MARKS.includes(text[start - 1] ?? '')) throw new Error(`${where} does not follow an opening mark`);
    const closed = CLOSING_MARKS.includes(text[end] ?? '');
    const atParagraphEnd = /^[ \t\u00a0]*(\r?\n|$)/.test(text.slice(end));
    if (quotation.unclosed ? !atParagraphEnd || closed : !closed)
      throw new Error(`${where} does not end where its marks say`);
    from = end;
    return { text: wanted, start, end, speaker: quotation.speaker };
  });
}

export function catalogEntry(passage: PassageDefinition): CatalogEntry {
  if (!passage.split) throw new Error(`${passage.name} has no split: definitions.ts gives every passage one`);
  return {
    name: passage.name,
    desk: passage.desk,
    cases: passage.cases,
    layout: passage.layout ?? 'blank',
    split: passage.split,
  };
}
