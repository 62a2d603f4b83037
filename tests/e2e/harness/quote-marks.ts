// The quotations stored in an article body: its quote marks gathered by quote id, in reading order.
import type { BodyJSON } from '../../../core/body/schema';

export interface StoredQuotation {
  quoteId: string;
  /** Every source id its pieces point at (one, when the quotation is consistently attributed). */
  sourceIds: (string | null)[];
  /** The index of each top-level block the quotation has text in. */
  blocks: number[];
  /** The marked text, one entry per block. */
  pieces: string[];
}

export function storedQuotations(body: BodyJSON): StoredQuotation[] {
  const byId = new Map<string, StoredQuotation>();
  (body.content ?? []).forEach((block, index) => {
    for (const node of textNodes(block)) {
      const mark = (node.marks ?? []).find((candidate) => candidate.type === 'quote');
      if (!mark) continue;
      const quoteId = String(mark.attrs?.quoteId);
      const sourceId = typeof mark.attrs?.sourceId === 'string' ? mark.attrs.sourceId : null;
      const quotation = byId.get(quoteId) ?? { quoteId, sourceIds: [], blocks: [], pieces: [] };
      byId.set(quoteId, quotation);
      if (!quotation.sourceIds.includes(sourceId)) quotation.sourceIds.push(sourceId);
      if (quotation.blocks.at(-1) === index) {
        quotation.pieces[quotation.pieces.length - 1] += node.text ?? '';
      } else {
        quotation.blocks.push(index);
        quotation.pieces.push(node.text ?? '');
      }
    }
  });
  return [...byId.values()];
}

function textNodes(node: BodyJSON): BodyJSON[] {
  return node.type === 'text' ? [node] : (node.content ?? []).flatMap(textNodes);
}
