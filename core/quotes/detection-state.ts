// The detection state the editor keeps: quotations in document positions, the document read as
// paragraphs, and the cross-paragraph walk with its checkpoints. After an edit only the blocks it
// replaced are read again, the walk runs only from the checkpoint before the change to where it
// meets its earlier self, and the quotations outside that stretch are kept or moved, not rebuilt.
import type { Node as PMNode } from '@tiptap/pm/model';
import { titleOf, type Attribution } from './attribute';
import { crossParagraph, crossParagraphAfter, type CrossParagraph, type Kept } from './cross-paragraph';
import { joinedText } from './detect';
import type { ScansByNode } from './incremental';
import type { LinkedQuotation } from './link-paragraphs';
import { readTable, updateTable, type ParagraphTable, type TableEdit } from './paragraph-table';
import type { DetectedQuotation } from './types';

/** A detected quotation with each piece as a document range, what the editor underlines. */
export interface DetectedQuote extends DetectedQuotation {
  ranges: { from: number; to: number }[];
}

export interface DetectionState {
  quotes: DetectedQuote[];
  table: ParagraphTable;
  cross: CrossParagraph;
  /** How many paragraphs the last update walked for linking and attribution; tests and the benchmark read it. */
  walked: number;
}

/**
 * Paragraphs between checkpoints of the walk by default. An edit whose effect fades re-walks about
 * twice this many paragraphs; each checkpoint costs a copy of who-was-named-so-far.
 */
export const CHECKPOINT_SPACING = 16;

function quoteOf(
  table: ParagraphTable,
  quotation: LinkedQuotation,
  attribution: Attribution,
  titles: CrossParagraph['titles'],
): DetectedQuote {
  const { pieces } = quotation;
  const { speaker, confidence } = attribution;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  return {
    text: joinedText(table.texts, table.starts, pieces),
    start: table.starts[first.paragraph]! + first.from,
    end: table.starts[last.paragraph]! + last.to,
    speaker: speaker?.name ?? null,
    confidence,
    pieces,
    speakerKind: speaker?.kind ?? null,
    speakerTitle: speaker ? titleOf(speaker, titles) : null,
    cue: speaker ? attribution.cue : null,
    ranges: pieces.map((piece) => ({
      from: table.positions[piece.paragraph]! + piece.from,
      to: table.positions[piece.paragraph]! + piece.to,
    })),
  };
}

export function detectWhole(doc: PMNode, scans: ScansByNode<PMNode>, spacing = CHECKPOINT_SPACING): DetectionState {
  const table = readTable(doc, scans);
  const cross = crossParagraph(table.scans, spacing);
  const quotes = cross.linked.map((quotation, i) => quoteOf(table, quotation, cross.attributions[i]!, cross.titles));
  return { quotes, table, cross, walked: table.scans.length };
}

export function detectAfterEdit(
  previous: DetectionState,
  doc: PMNode,
  scans: ScansByNode<PMNode>,
  spacing = CHECKPOINT_SPACING,
): DetectionState {
  const { table, edit } = updateTable(previous.table, doc, scans);
  const { result: cross, kept, walked } = crossParagraphAfter(previous.cross, table.scans, edit.change, spacing);
  return { quotes: keptQuotes(previous.quotes, table, cross, kept, edit), table, cross, walked };
}

/** The quotations after an edit: the walk's untouched ones as they were (or moved), the rest built anew. */
function keptQuotes(
  quotes: readonly DetectedQuote[],
  table: ParagraphTable,
  cross: CrossParagraph,
  kept: Kept,
  edit: TableEdit,
): DetectedQuote[] {
  const { linked, attributions, titles } = cross;
  const now: DetectedQuote[] = [];
  for (let i = 0; i < linked.length; i++) {
    const quotation = linked[i]!;
    const attribution = attributions[i]!;
    const title = attribution.speaker ? titleOf(attribution.speaker, titles) : null;
    const old =
      i < kept.prefix
        ? quotes[i]!
        : kept.suffix && i >= kept.suffix.now
          ? quotes[i - kept.suffix.now + kept.suffix.old]!
          : null;
    const { pieces } = quotation;
    if (old && old.speakerTitle === title && pieces[pieces.length - 1]!.paragraph < edit.unmovedBefore) now.push(old);
    else if (old && old.speakerTitle === title && pieces[0]!.paragraph >= edit.movedFrom) now.push(moved(old, edit));
    else now.push(quoteOf(table, quotation, attribution, titles));
  }
  return now;
}

function moved(quote: DetectedQuote, { textShift, positionShift }: TableEdit): DetectedQuote {
  if (textShift === 0 && positionShift === 0) return quote;
  return {
    text: quote.text,
    start: quote.start + textShift,
    end: quote.end + textShift,
    speaker: quote.speaker,
    confidence: quote.confidence,
    pieces: quote.pieces,
    speakerKind: quote.speakerKind,
    speakerTitle: quote.speakerTitle,
    cue: quote.cue,
    ranges: quote.ranges.map((range) => ({ from: range.from + positionShift, to: range.to + positionShift })),
  };
}
