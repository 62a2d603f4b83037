// The detection state the editor keeps: quotations in document positions plus, per paragraph, where
// it sits, so a keystroke that leaves a paragraph's quotations and cues as they were is applied by
// shifting offsets instead of relinking the whole article.
import type { Node as PMNode } from '@tiptap/pm/model';
import { detectFromScans } from './detect';
import type { ScansByNode } from './incremental';
import type { ParagraphScan } from './scan-paragraph';
import type { DetectedQuotation, ParagraphInput } from './types';

/** A detected quotation with each piece as a document range, what the editor underlines. */
export interface DetectedQuote extends DetectedQuotation {
  ranges: { from: number; to: number }[];
}

export interface DetectionState {
  quotes: DetectedQuote[];
  /** The non-blank textblocks, in order: the paragraphs pieces refer to. */
  paragraphs: ParagraphInput[];
  nodes: PMNode[];
  /** Document position of each paragraph's first character. */
  positions: number[];
  /** For each child of the document, its paragraph index; -1 for a blank block, -2 for a container. */
  paragraphOfChild: number[];
}

// Blocks are joined by a blank line in the body's plain text (core/body/text.ts); offsets follow it.
const BLOCK_SEPARATOR = 2;

/** Each hard break is one character ("\n") and one position, so text offsets map straight to positions. */
const blockText = (node: PMNode) => () => node.textBetween(0, node.content.size, undefined, '\n');

export function detectWhole(doc: PMNode, scans: ScansByNode<PMNode>): DetectionState {
  const state: DetectionState = { quotes: [], paragraphs: [], nodes: [], positions: [], paragraphOfChild: [] };
  const kept: ParagraphScan[] = [];
  let start = 0;
  let first = true;
  const read = (node: PMNode, pos: number): number => {
    if (!first) start += BLOCK_SEPARATOR;
    first = false;
    const { text, scan, blank } = scans.get(node, blockText(node));
    const index = state.paragraphs.length;
    // A blank block is not a paragraph, as in the command line's reading of the same text.
    if (!blank) {
      state.paragraphs.push({ text, start });
      state.nodes.push(node);
      kept.push(scan);
      state.positions.push(pos + 1);
    }
    start += text.length;
    return blank ? -1 : index;
  };
  doc.forEach((child, offset) => {
    if (child.isTextblock) {
      state.paragraphOfChild.push(read(child, offset));
      return;
    }
    state.paragraphOfChild.push(-2);
    child.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      read(node, offset + 1 + pos);
      return false;
    });
  });
  state.quotes = detectFromScans(state.paragraphs, kept).map((quotation) => ({
    ...quotation,
    ranges: quotation.pieces.map((piece) => ({ from: state.positions[piece.paragraph]! + piece.from, to: state.positions[piece.paragraph]! + piece.to })),
  }));
  return state;
}

/** Whether two scans of one paragraph link and attribute the same way (only offsets inside it differ). */
function sameShape(a: ParagraphScan, b: ParagraphScan): boolean {
  if (a.opensWithQuote !== b.opensWithQuote || a.onlyQuotes !== b.onlyQuotes || a.quotes.length !== b.quotes.length) return false;
  if (a.mentions.length !== b.mentions.length || JSON.stringify(a.genderHints) !== JSON.stringify(b.genderHints)) return false;
  if (JSON.stringify(a.names) !== JSON.stringify(b.names)) return false;
  const order = (scan: ParagraphScan) => [...scan.mentions.map((mention) => mention.at), ...scan.quotes.map((quote) => -quote.from - 1)].sort((x, y) => Math.abs(x) - Math.abs(y)).map(Math.sign);
  return (
    a.quotes.every((quote, i) => quote.closed === b.quotes[i]!.closed && quote.opensSentence === b.quotes[i]!.opensSentence && JSON.stringify(quote.cue) === JSON.stringify(b.quotes[i]!.cue)) &&
    a.mentions.every((mention, i) => mention.speaks === b.mentions[i]!.speaks && JSON.stringify(mention.subject) === JSON.stringify(b.mentions[i]!.subject)) &&
    order(a).join() === order(b).join()
  );
}

/**
 * The state after a change that replaced one top-level paragraph with another of the same shape;
 * null when the change is anything else and the whole document must be read again.
 */
export function detectAfterEdit(previous: DetectionState, doc: PMNode, scans: ScansByNode<PMNode>): DetectionState | null {
  if (doc.childCount !== previous.paragraphOfChild.length) return null;
  let changed = -1;
  for (let i = 0; i < doc.childCount; i++) {
    const paragraph = previous.paragraphOfChild[i]!;
    if (paragraph < 0 || previous.nodes[paragraph] === doc.child(i)) continue;
    if (changed !== -1) return null;
    changed = i;
  }
  const index = previous.paragraphOfChild[changed] ?? -1;
  if (index < 0) return null;
  const node = doc.child(changed);
  const before = scans.get(previous.nodes[index]!, blockText(previous.nodes[index]!));
  const after = scans.get(node, blockText(node));
  if (after.blank || !sameShape(before.scan, after.scan)) return null;
  const textShift = after.text.length - before.text.length;
  const positionShift = node.nodeSize - previous.nodes[index]!.nodeSize;
  const paragraphs = previous.paragraphs.map((paragraph, i) => (i < index ? paragraph : i === index ? { text: after.text, start: paragraph.start } : { text: paragraph.text, start: paragraph.start + textShift }));
  const positions = previous.positions.map((position, i) => (i <= index ? position : position + positionShift));
  const nodes = previous.nodes.slice();
  nodes[index] = node;
  let inParagraph = 0;
  const quotes = previous.quotes.map((quote) => {
    const last = quote.pieces[quote.pieces.length - 1]!.paragraph;
    if (last < index) return quote;
    const pieces = quote.pieces.map((piece) => {
      if (piece.paragraph !== index) return piece;
      // The paragraph's pieces come in the same order as its scanned quotations.
      const scanned = after.scan.quotes[inParagraph++];
      return scanned ? { paragraph: index, from: scanned.from, to: scanned.to } : piece;
    });
    const start = paragraphs[pieces[0]!.paragraph]!.start + pieces[0]!.from;
    const end = paragraphs[last]!.start + pieces[pieces.length - 1]!.to;
    const ranges = pieces.map((piece) => ({ from: positions[piece.paragraph]! + piece.from, to: positions[piece.paragraph]! + piece.to }));
    return { ...quote, pieces, start, end, ranges, text: pieces.some((piece) => piece.paragraph === index) ? textOf(paragraphs, pieces) : quote.text };
  });
  return { quotes, paragraphs, nodes, positions, paragraphOfChild: previous.paragraphOfChild };
}

function textOf(paragraphs: ParagraphInput[], pieces: DetectedQuotation['pieces']): string {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  let text = '';
  for (let p = first.paragraph; p <= last.paragraph; p++) {
    const paragraph = paragraphs[p]!;
    text += paragraph.text.slice(p === first.paragraph ? first.from : 0, p === last.paragraph ? last.to : paragraph.text.length);
    if (p < last.paragraph) text += '\n'.repeat(paragraphs[p + 1]!.start - paragraph.start - paragraph.text.length);
  }
  return text;
}
