// Joining quotations across paragraphs in the AP style: a paragraph that ends inside a quotation
// goes on in the next paragraph when that one opens with a quotation mark; otherwise it ends there.
import type { Subject } from './names';
import type { ParagraphScan } from './scan-paragraph';
import type { QuotePiece } from './types';

export interface LinkedQuotation {
  pieces: QuotePiece[];
  /** The cue after the final closing mark, else the one before the first opening mark. */
  cue: Subject | null;
  /** The quotation starts its sentence, so an earlier speaker in its paragraph may be meant. */
  opensSentence: boolean;
}

export function linkParagraphs(scans: readonly ParagraphScan[]): LinkedQuotation[] {
  const linked: LinkedQuotation[] = [];
  let open: LinkedQuotation | null = null;
  scans.forEach((scan, paragraph) => {
    let first = 0;
    if (open) {
      const next = scan.quotes[0];
      if (scan.opensWithQuote && next) {
        open.pieces.push({ paragraph, from: next.from, to: next.to });
        first = 1;
        if (!next.closed) return;
        open.cue = next.cue ?? open.cue;
        linked.push(open);
      } else {
        linked.push(open);
      }
      open = null;
    }
    for (const quote of scan.quotes.slice(first)) {
      const quotation: LinkedQuotation = { pieces: [{ paragraph, from: quote.from, to: quote.to }], cue: quote.cue, opensSentence: quote.opensSentence };
      if (quote.closed) linked.push(quotation);
      else open = quotation;
    }
  });
  if (open) linked.push(open);
  return linked;
}
