// The quotations a reporter marked in the body, gathered by quote id in document order.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { QuotePiece } from './detected';

export interface MarkedQuote {
  quoteId: string;
  sourceId: string | null;
  pieces: QuotePiece[];
  /** The quoted text, pieces joined by a space. */
  text: string;
}

export function markedQuotes(doc: PMNode): MarkedQuote[] {
  const byId = new Map<string, MarkedQuote>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((candidate) => candidate.type.name === 'quote');
    const quoteId = mark?.attrs.quoteId as string | null | undefined;
    if (!mark || !quoteId) return false;
    const from = pos;
    const to = pos + node.nodeSize;
    let quote = byId.get(quoteId);
    if (!quote) {
      quote = { quoteId, sourceId: (mark.attrs.sourceId as string | null) ?? null, pieces: [], text: '' };
      byId.set(quoteId, quote);
    }
    const last = quote.pieces.at(-1);
    // Text nodes split by other marks (italics inside a quotation) are still one piece.
    if (last && last.to === from) {
      last.to = to;
      quote.text += node.text ?? '';
    } else {
      quote.pieces.push({ from, to });
      quote.text += (quote.text ? ' ' : '') + (node.text ?? '');
    }
    return false;
  });
  return [...byId.values()];
}

/** The marked quotation whose text holds `pos` (its edges included), if any. */
export function markedQuoteAt(doc: PMNode, pos: number): MarkedQuote | null {
  return markedQuotes(doc).find((quote) => quote.pieces.some((piece) => piece.from <= pos && pos <= piece.to)) ?? null;
}
