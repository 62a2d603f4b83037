// Detection and suggested attribution over a whole text, paragraph by paragraph.
import { titleOf } from './attribute';
import { crossParagraph } from './cross-paragraph';
import { scanParagraph, type ParagraphScan } from './scan-paragraph';
import type { DetectedQuotation, ParagraphInput, QuotePiece } from './types';

/**
 * Quotations in document order. `wholeText` is the text the paragraphs were cut from; without
 * it the text between paragraphs is taken to be line breaks (as in a body's plain text).
 */
export function detectQuotations(paragraphs: readonly ParagraphInput[], wholeText?: string): DetectedQuotation[] {
  return detectFromScans(
    paragraphs,
    paragraphs.map((paragraph) => scanParagraph(paragraph.text)),
    wholeText,
  );
}

/** The cross-paragraph pass alone, over scans kept from earlier (see incremental.ts). */
export function detectFromScans(
  paragraphs: readonly ParagraphInput[],
  scans: readonly ParagraphScan[],
  wholeText?: string,
): DetectedQuotation[] {
  const { linked, attributions, titles } = crossParagraph(scans, Infinity);
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const starts = paragraphs.map((paragraph) => paragraph.start);
  return linked.map((quotation, i) => {
    const { speaker, confidence } = attributions[i]!;
    const first = quotation.pieces[0]!;
    const last = quotation.pieces[quotation.pieces.length - 1]!;
    const start = starts[first.paragraph]! + first.from;
    const end = starts[last.paragraph]! + last.to;
    return {
      text: wholeText === undefined ? joinedText(texts, starts, quotation.pieces) : wholeText.slice(start, end),
      start,
      end,
      speaker: speaker?.name ?? null,
      confidence,
      pieces: quotation.pieces,
      speakerKind: speaker?.kind ?? null,
      speakerTitle: speaker ? titleOf(speaker, titles) : null,
      cue: speaker ? attributions[i]!.cue : null,
    };
  });
}

/** A quotation's text from its pieces, with line breaks standing for the text between paragraphs. */
export function joinedText(texts: readonly string[], starts: readonly number[], pieces: readonly QuotePiece[]): string {
  if (pieces.length === 1) {
    const piece = pieces[0]!;
    return texts[piece.paragraph]!.slice(piece.from, piece.to);
  }
  let text = '';
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  for (let p = first.paragraph; p <= last.paragraph; p++) {
    const paragraph = texts[p]!;
    const from = p === first.paragraph ? first.from : 0;
    const to = p === last.paragraph ? last.to : paragraph.length;
    text += paragraph.slice(from, to);
    if (p < last.paragraph) text += '\n'.repeat(Math.max(0, starts[p + 1]! - starts[p]! - paragraph.length));
  }
  return text;
}
