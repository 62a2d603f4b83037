// Joining quotations across paragraphs in the AP style: a paragraph that ends inside a quotation
// goes on in the next paragraph when that one opens with a quotation mark; otherwise it ends there.
import type { Subject } from './names';
import type { CueVia, ParagraphScan } from './scan-paragraph';
import type { QuotePiece } from './types';

export interface LinkedQuotation {
  pieces: QuotePiece[];
  /** The cue after the final closing mark, else the one before the first opening mark. */
  cue: Subject | null;
  cueVia: CueVia | null;
  /** The quotation starts its sentence, so an earlier speaker in its paragraph may be meant. */
  opensSentence: boolean;
  /** Where in its first paragraph the walk reads it: at a pronoun cue before it, else at its opening mark. */
  readAt: number;
}

/**
 * The linking walk one paragraph at a time. Between two paragraphs its only state is `open`, so a
 * walk may start afresh at any paragraph where no quotation is open (see cross-paragraph.ts).
 */
export class Linker {
  /** A quotation the last paragraph ended inside: the next paragraph decides whether it goes on. */
  open: LinkedQuotation | null = null;

  /** Reads paragraph `paragraph`, appending to `linked` each quotation it completes, in document order. */
  read(scan: ParagraphScan, paragraph: number, linked: LinkedQuotation[]): void {
    let first = 0;
    const { open } = this;
    if (open) {
      const next = scan.quotes[0];
      if (scan.opensWithQuote && next) {
        open.pieces.push({ paragraph, from: next.from, to: next.to });
        first = 1;
        if (!next.closed) return;
        if (next.cue) {
          open.cue = next.cue;
          open.cueVia = next.cueVia;
        }
      }
      linked.push(open);
      this.open = null;
    }
    for (let i = first; i < scan.quotes.length; i++) {
      const quote = scan.quotes[i]!;
      const quotation: LinkedQuotation = {
        pieces: [{ paragraph, from: quote.from, to: quote.to }],
        cue: quote.cue,
        cueVia: quote.cueVia,
        opensSentence: quote.opensSentence,
        readAt: quote.cueAt ?? quote.from,
      };
      if (quote.closed) linked.push(quotation);
      else this.open = quotation;
    }
  }

  /** The end of the text: a quotation still open ends in its last paragraph. */
  finish(linked: LinkedQuotation[]): void {
    if (this.open) linked.push(this.open);
    this.open = null;
  }
}
