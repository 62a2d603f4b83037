// What the attribution popup offers for the selection, decided as Google Docs decides its comment
// button: only for a quotation. The caret (or a selection) inside a quotation nobody attributed
// offers the detector's speaker and the picker; inside an attributed one it says who said it and
// offers to change it; a selection the reporter made around quoted words the detector missed
// offers the picker. A double-clicked word or a find match outside any quotation offers nothing.
import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { unmarkedDetectedAt } from '../../core/attribution/attribution';
import type { DetectedQuotation, QuotePiece } from '../../core/attribution/detected';
import { detectedIn } from './editorQuotes';

export type Offer =
  | { kind: 'suggested'; key: string; quotation: DetectedQuotation }
  | { kind: 'attributed'; key: string; quoteId: string; sourceId: string | null }
  | { kind: 'selection'; key: string; pieces: QuotePiece[] };

const OPENING = /^[“"‘'«‹„‚]/u;
const CLOSING = /[”"’'»›“][.,;:!?]?$/u;
// Double quotation marks inside mean two quotations and the words between them ("…,” she said, “…"):
// not one quotation. Apostrophes (’) inside are words, not marks.
const INNER_MARKS = /[“”"«»„]/u;

/** Selected words that are one quotation, its marks included: begun and closed, no other quotation inside. */
export function looksQuoted(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || !OPENING.test(trimmed) || !CLOSING.test(trimmed)) return false;
  const inner = trimmed.replace(OPENING, '').replace(CLOSING, '');
  return !INNER_MARKS.test(inner);
}

/** A selection inside one piece of the quotation: words picked from it, not a stretch that runs past it. */
function holds(pieces: readonly QuotePiece[], from: number, to: number): boolean {
  return pieces.some((piece) => piece.from <= from && to <= piece.to);
}

/** The quote mark at `pos`, read from the text on either side: no walk over the whole article per keystroke. */
function quoteMarkAt(state: EditorState, pos: number): { quoteId: string; sourceId: string | null } | null {
  const $pos = state.doc.resolve(pos);
  for (const node of [$pos.nodeAfter, $pos.nodeBefore]) {
    const mark = node?.marks.find((candidate) => candidate.type.name === 'quote');
    const quoteId = mark?.attrs.quoteId as string | null | undefined;
    if (mark && quoteId) return { quoteId, sourceId: (mark.attrs.sourceId as string | null) ?? null };
  }
  return null;
}

export function offerAt(editor: Editor): Offer | null {
  if (!editor.isEditable) return null;
  const { state } = editor;
  const { from, to, empty, $from, $to } = state.selection;
  const quotation = unmarkedDetectedAt(state, detectedIn(editor), from);
  if (quotation && (empty || holds(quotation.pieces, from, to))) {
    return { kind: 'suggested', key: `suggested:${quotation.pieces[0]?.from ?? from}`, quotation };
  }
  const marked = quoteMarkAt(state, from);
  if (marked && (empty || quoteMarkAt(state, to)?.quoteId === marked.quoteId)) {
    return { kind: 'attributed', key: `attributed:${marked.quoteId}`, ...marked };
  }
  if (!empty && $from.sameParent($to) && looksQuoted(state.doc.textBetween(from, to))) {
    return { kind: 'selection', key: `selection:${from}-${to}`, pieces: [{ from, to }] };
  }
  return null;
}

/**
 * The same offer keeps its object, so typing inside a quotation commits nothing to React. Its
 * pieces move as the reporter types; a click reads them afresh (offerAt), never from this object.
 */
export function sameOffer(current: Offer | null, next: Offer | null): Offer | null {
  if (!current || !next || current.kind !== next.kind || current.key !== next.key) return next;
  if (current.kind === 'suggested' && next.kind === 'suggested') {
    const a = current.quotation;
    const b = next.quotation;
    // The reason and the offer it allows are on show too: a changed cue, confidence or offer is a new one.
    const same =
      a.speaker === b.speaker &&
      a.speakerTitle === b.speakerTitle &&
      a.speakerKind === b.speakerKind &&
      a.confidence === b.confidence &&
      a.offer === b.offer &&
      a.cue?.kind === b.cue?.kind &&
      a.cue?.words === b.cue?.words;
    return same ? current : next;
  }
  if (current.kind === 'attributed' && next.kind === 'attributed') {
    return current.sourceId === next.sourceId ? current : next;
  }
  return current;
}
