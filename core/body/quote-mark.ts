// The quote mark: text a reporter (or the detector, once accepted) marked as a quotation, tied to
// a quote id and, when attributed, to a source in the article's source list. A quotation that runs
// over several paragraphs in the AP style carries the same quote id in every piece.
import { Mark, mergeAttributes } from '@tiptap/core';

export interface QuoteAttributes {
  /** Stable across edits; the same in every paragraph of one multi-paragraph quotation. */
  quoteId: string;
  /** The id of a source in the article's `sources`, or null while unattributed. */
  sourceId: string | null;
}

export const Quote = Mark.create({
  name: 'quote',
  // Typing right after a quotation is the reporter's own text, not more of the quotation.
  inclusive: false,
  addAttributes() {
    return {
      quoteId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-quote-id'),
        renderHTML: (attributes: { quoteId: string | null }) =>
          attributes.quoteId ? { 'data-quote-id': attributes.quoteId } : {},
      },
      sourceId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-source-id'),
        renderHTML: (attributes: { sourceId: string | null }) =>
          attributes.sourceId ? { 'data-source-id': attributes.sourceId } : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-quote-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'quote' }, HTMLAttributes), 0];
  },
});
