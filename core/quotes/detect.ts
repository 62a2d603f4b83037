// Detection and suggested attribution over a whole text, paragraph by paragraph.
import { attribute } from './attribute';
import { linkParagraphs } from './link-paragraphs';
import { scanParagraph, type ParagraphScan } from './scan-paragraph';
import type { DetectedQuotation, ParagraphInput, QuotePiece } from './types';

/**
 * Quotations in document order. `wholeText` is the text the paragraphs were cut from; without
 * it the text between paragraphs is taken to be line breaks (as in a body's plain text).
 */
export function detectQuotations(paragraphs: readonly ParagraphInput[], wholeText?: string): DetectedQuotation[] {
  return detectFromScans(paragraphs, paragraphs.map((paragraph) => scanParagraph(paragraph.text)), wholeText);
}

/** The cross-paragraph pass alone, over scans kept from earlier (see incremental.ts). */
export function detectFromScans(paragraphs: readonly ParagraphInput[], scans: readonly ParagraphScan[], wholeText?: string): DetectedQuotation[] {
  const linked = linkParagraphs(scans);
  const attributions = attribute(scans, linked);
  return linked.map((quotation, i) => {
    const { speaker, confidence } = attributions[i]!;
    const first = quotation.pieces[0]!;
    const last = quotation.pieces[quotation.pieces.length - 1]!;
    const start = paragraphs[first.paragraph]!.start + first.from;
    const end = paragraphs[last.paragraph]!.start + last.to;
    return {
      text: wholeText === undefined ? joinedText(paragraphs, quotation.pieces) : wholeText.slice(start, end),
      start,
      end,
      speaker: speaker?.name ?? null,
      confidence,
      pieces: quotation.pieces,
      speakerKind: speaker?.kind ?? null,
      speakerTitle: speaker?.title ?? null,
    };
  });
}

function joinedText(paragraphs: readonly ParagraphInput[], pieces: readonly QuotePiece[]): string {
  if (pieces.length === 1) {
    const piece = pieces[0]!;
    return paragraphs[piece.paragraph]!.text.slice(piece.from, piece.to);
  }
  let text = '';
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  for (let p = first.paragraph; p <= last.paragraph; p++) {
    const paragraph = paragraphs[p]!;
    const from = p === first.paragraph ? first.from : 0;
    const to = p === last.paragraph ? last.to : paragraph.text.length;
    text += paragraph.text.slice(from, to);
    if (p < last.paragraph) text += '\n'.repeat(Math.max(0, paragraphs[p + 1]!.start - paragraph.start - paragraph.text.length));
  }
  return text;
}
