// The editor's document read as the paragraphs detection works on, kept in flat arrays so an edit
// replaces only the top-level blocks it changed and shifts the offsets of the rest.
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockTextAsItStands } from '../review/as-it-stands';
import type { ParagraphChange } from './cross-paragraph';
import type { ScansByNode } from './incremental';
import type { ParagraphScan } from './scan-paragraph';

export interface ParagraphTable {
  doc: PMNode;
  /** For each top-level block, and once more for the end: the index of its first paragraph. */
  blockParagraph: number[];
  /** For each top-level block, and once more for the end: the text offset its first textblock starts at. */
  blockText: number[];
  /** The paragraphs (non-blank textblocks) in order, with their scans, text offsets and document positions. */
  nodes: PMNode[];
  texts: string[];
  scans: ParagraphScan[];
  starts: number[];
  positions: number[];
}

/** What an edit did to the table: which paragraphs it replaced, and how far the later ones moved. */
export interface TableEdit {
  /** Paragraphs the edit replaced, trimmed of those whose text is unchanged at either end. */
  change: ParagraphChange;
  /** Paragraphs before this one have their old text, offset and position. */
  unmovedBefore: number;
  /** Paragraphs from this one on are old ones moved by `textShift` and `positionShift` (and renumbered by the change). */
  movedFrom: number;
  textShift: number;
  positionShift: number;
}

// Blocks are joined by a blank line in the body's plain text (core/body/text.ts); offsets follow it.
const BLOCK_SEPARATOR = 2;

/**
 * Each hard break is one character ("\n") and one position, so text offsets map straight to positions.
 * Words suggested for insertion are blanks: the detector reads the text as it stands.
 */
const blockText = (node: PMNode) => () => blockTextAsItStands(node);

/** Reads top-level blocks `from` up to `to` of `doc` into the paragraph arrays of `into`, from text offset `text`; returns the offset after them. */
function readBlocks(
  doc: PMNode,
  from: number,
  to: number,
  text: number,
  position: number,
  scans: ScansByNode<PMNode>,
  into: ParagraphTable,
): number {
  const read = (node: PMNode, pos: number) => {
    const kept = scans.get(node, blockText(node));
    // A blank block is not a paragraph, as in the command line's reading of the same text.
    if (!kept.blank) {
      into.nodes.push(node);
      into.texts.push(kept.text);
      into.scans.push(kept.scan);
      into.starts.push(text);
      into.positions.push(pos + 1);
    }
    text += kept.text.length + BLOCK_SEPARATOR;
  };
  for (let i = from; i < to; i++) {
    const child = doc.child(i);
    into.blockParagraph.push(into.nodes.length);
    into.blockText.push(text);
    if (child.isTextblock) read(child, position);
    else {
      child.descendants((node, pos) => {
        if (!node.isTextblock) return true;
        read(node, position + 1 + pos);
        return false;
      });
    }
    position += child.nodeSize;
  }
  return text;
}

const emptyTable = (doc: PMNode): ParagraphTable => ({
  doc,
  blockParagraph: [],
  blockText: [],
  nodes: [],
  texts: [],
  scans: [],
  starts: [],
  positions: [],
});

export function readTable(doc: PMNode, scans: ScansByNode<PMNode>): ParagraphTable {
  const table = emptyTable(doc);
  const text = readBlocks(doc, 0, doc.childCount, 0, 0, scans, table);
  table.blockParagraph.push(table.nodes.length);
  table.blockText.push(text);
  return table;
}

/**
 * `items` with those from `from` up to `to` replaced by `inserted`, copied once at its final size:
 * this runs on every keystroke over arrays as long as the article, and growing them by push was
 * most of what a keystroke allocated.
 */
function replaced<T>(items: readonly T[], from: number, to: number, inserted: readonly T[]): T[] {
  // Spread arguments live on the stack: a paste of many thousands of paragraphs takes the slower road.
  return inserted.length <= 1_000
    ? items.toSpliced(from, to - from, ...inserted)
    : items.slice(0, from).concat(inserted, items.slice(to));
}

/** Adds `shift` to every number of `items` from index `from` on, in place. */
function shifted(items: number[], from: number, shift: number): number[] {
  if (shift !== 0) for (let i = from; i < items.length; i++) items[i]! += shift;
  return items;
}

/** The table for `doc`, reading only the top-level blocks that are not the very ones `previous` read. */
export function updateTable(
  previous: ParagraphTable,
  doc: PMNode,
  scans: ScansByNode<PMNode>,
): { table: ParagraphTable; edit: TableEdit } {
  const old = previous.doc;
  let same = 0;
  while (same < old.childCount && same < doc.childCount && old.child(same) === doc.child(same)) same++;
  let sameAfter = 0;
  while (
    sameAfter < old.childCount - same &&
    sameAfter < doc.childCount - same &&
    old.child(old.childCount - 1 - sameAfter) === doc.child(doc.childCount - 1 - sameAfter)
  )
    sameAfter++;
  const oldEnd = old.childCount - sameAfter;
  const newEnd = doc.childCount - sameAfter;
  const firstParagraph = previous.blockParagraph[same]!;
  const firstOld = previous.blockParagraph[oldEnd]!;

  let position = 0;
  for (let i = 0; i < same; i++) position += doc.child(i).nodeSize;
  const read = emptyTable(doc);
  const text = readBlocks(doc, same, newEnd, previous.blockText[same]!, position, scans, read);
  const firstMoved = firstParagraph + read.nodes.length;
  const textShift = text - previous.blockText[oldEnd]!;
  const positionShift = doc.content.size - old.content.size;
  const paragraphShift = firstMoved - firstOld;
  const table: ParagraphTable = {
    doc,
    blockParagraph: shifted(
      replaced(
        previous.blockParagraph,
        same,
        oldEnd,
        read.blockParagraph.map((paragraph) => paragraph + firstParagraph),
      ),
      same + read.blockParagraph.length,
      paragraphShift,
    ),
    blockText: shifted(
      replaced(previous.blockText, same, oldEnd, read.blockText),
      same + read.blockText.length,
      textShift,
    ),
    nodes: replaced(previous.nodes, firstParagraph, firstOld, read.nodes),
    texts: replaced(previous.texts, firstParagraph, firstOld, read.texts),
    scans: replaced(previous.scans, firstParagraph, firstOld, read.scans),
    starts: shifted(replaced(previous.starts, firstParagraph, firstOld, read.starts), firstMoved, textShift),
    positions: shifted(
      replaced(previous.positions, firstParagraph, firstOld, read.positions),
      firstMoved,
      positionShift,
    ),
  };

  // Paragraphs a replaced block holds unchanged (a list around the edited item) need no new reading.
  let from = firstParagraph;
  let oldTo = firstOld;
  let newTo = firstMoved;
  while (from < oldTo && from < newTo && previous.texts[from] === table.texts[from]) from++;
  while (oldTo > from && newTo > from && previous.texts[oldTo - 1] === table.texts[newTo - 1]) {
    oldTo--;
    newTo--;
  }
  return {
    table,
    edit: {
      change: { from, oldTo, newTo },
      unmovedBefore: firstParagraph,
      movedFrom: firstMoved,
      textShift,
      positionShift,
    },
  };
}
