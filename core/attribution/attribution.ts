// The attribution extension: commands that mark, re-point and unmark quotations, jump between
// them, and underline what the detector found that nobody attributed yet.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { noDetection, type DetectedQuotation, type DetectedQuotations, type QuotePiece } from './detected';
import { quoteFindings } from './findings';
import { randomId, type NewId } from './ids';
import { markedQuoteAt, markedQuotes } from './marked-quotes';

export interface AttributionOptions {
  /** Where detected quotations come from; default: none. */
  detected: DetectedQuotations;
  /** New quote ids; default: random UUIDs. */
  newId: NewId;
}

export interface AttributeQuoteOptions {
  sourceId: string | null;
  /** The text to mark; without it, the selection, or else the quotation under the cursor. */
  range?: QuotePiece;
  /** Every piece of one quotation (a detected AP-style quotation), marked with one quote id. */
  pieces?: readonly QuotePiece[];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attribution: {
      attributeQuote: (options: AttributeQuoteOptions) => ReturnType;
      changeAttribution: (quoteId: string, sourceId: string | null) => ReturnType;
      removeAttribution: (quoteId: string) => ReturnType;
      /** Every quote attributed to `fromSourceId` now points at `toSourceId` (null: unattributed). */
      reassignQuotes: (fromSourceId: string, toSourceId: string | null) => ReturnType;
      nextQuote: () => ReturnType;
      previousQuote: () => ReturnType;
      nextUnattributedQuote: () => ReturnType;
    };
  }
}

export const SUGGESTION_CLASS = 'quote-suggestion';
const suggestionsKey = new PluginKey<DecorationSet>('quoteSuggestions');

/** The detected quotation that holds `pos` and is not marked yet, if any. */
export function unmarkedDetectedAt(
  state: EditorState,
  detected: readonly DetectedQuotation[],
  pos: number,
): DetectedQuotation | null {
  return (
    detected.find(
      (quotation) =>
        quotation.pieces.some((piece) => piece.from <= pos && pos <= piece.to) && !isMarked(state.doc, quotation),
    ) ?? null
  );
}

function isMarked(doc: PMNode, quotation: DetectedQuotation): boolean {
  const quote = doc.type.schema.marks.quote!;
  return quotation.pieces.some((piece) => doc.rangeHasMark(piece.from, piece.to, quote));
}

function markPieces(tr: Transaction, pieces: readonly QuotePiece[], quoteId: string, sourceId: string | null): void {
  const quote = tr.doc.type.schema.marks.quote!;
  for (const piece of pieces) {
    tr.removeMark(piece.from, piece.to, quote);
    tr.addMark(piece.from, piece.to, quote.create({ quoteId, sourceId }));
  }
}

function setSource(
  tr: Transaction,
  match: (attrs: { quoteId: string; sourceId: string | null }) => boolean,
  sourceId: string | null | undefined,
): boolean {
  const pieces = markedQuotes(tr.doc).filter((quote) => match(quote));
  for (const quote of pieces) {
    if (sourceId === undefined)
      quote.pieces.forEach((piece) => tr.removeMark(piece.from, piece.to, tr.doc.type.schema.marks.quote!));
    else markPieces(tr, quote.pieces, quote.quoteId, sourceId);
  }
  return pieces.length > 0;
}

function moveTo(
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  targets: number[],
  forward: boolean,
): boolean {
  const here = state.selection.from;
  const sorted = [...new Set(targets)].sort((a, b) => a - b);
  // Wraps around, so the reporter can keep pressing the key to cycle through the quotations.
  const target = forward
    ? (sorted.find((pos) => pos > here) ?? sorted[0])
    : (sorted.findLast((pos) => pos < here) ?? sorted.at(-1));
  if (target === undefined) return false;
  dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, target)).scrollIntoView());
  return true;
}

export const Attribution = Extension.create<AttributionOptions>({
  name: 'attribution',

  addOptions() {
    return { detected: noDetection, newId: randomId };
  },

  addCommands() {
    const options = () => this.options;
    const starts = (state: EditorState, onlyUnattributed: boolean) =>
      quoteFindings(state.doc, [], options().detected(state))
        .filter((finding) => !onlyUnattributed || finding.sourceId === null)
        .map((finding) => finding.from);
    return {
      attributeQuote:
        ({ sourceId, range, pieces }) =>
        ({ state, tr, dispatch }) => {
          const { from, to, empty } = state.selection;
          const chosen = pieces ?? (range ? [range] : empty ? null : [{ from, to }]);
          if (chosen) {
            if (dispatch) markPieces(tr, chosen, options().newId(), sourceId);
            return true;
          }
          const marked = markedQuoteAt(state.doc, from);
          if (marked) {
            if (dispatch) markPieces(tr, marked.pieces, marked.quoteId, sourceId);
            return true;
          }
          const detected = unmarkedDetectedAt(state, options().detected(state), from);
          if (!detected) return false;
          if (dispatch) markPieces(tr, detected.pieces, options().newId(), sourceId);
          return true;
        },
      changeAttribution:
        (quoteId, sourceId) =>
        ({ tr, dispatch }) =>
          dispatch
            ? setSource(tr, (quote) => quote.quoteId === quoteId, sourceId)
            : markedQuotes(tr.doc).some((quote) => quote.quoteId === quoteId),
      removeAttribution:
        (quoteId) =>
        ({ tr, dispatch }) =>
          dispatch
            ? setSource(tr, (quote) => quote.quoteId === quoteId, undefined)
            : markedQuotes(tr.doc).some((quote) => quote.quoteId === quoteId),
      reassignQuotes:
        (fromSourceId, toSourceId) =>
        ({ tr, dispatch }) =>
          dispatch ? setSource(tr, (quote) => quote.sourceId === fromSourceId, toSourceId) : true,
      nextQuote:
        () =>
        ({ state, dispatch }) =>
          moveTo(state, dispatch, starts(state, false), true),
      previousQuote:
        () =>
        ({ state, dispatch }) =>
          moveTo(state, dispatch, starts(state, false), false),
      nextUnattributedQuote:
        () =>
        ({ state, dispatch }) =>
          moveTo(state, dispatch, starts(state, true), true),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-ArrowDown': () => this.editor.commands.nextQuote(),
      'Alt-ArrowUp': () => this.editor.commands.previousQuote(),
      'Alt-Shift-ArrowDown': () => this.editor.commands.nextUnattributedQuote(),
    };
  },

  addProseMirrorPlugins() {
    const detected = () => this.options.detected;
    return [
      new Plugin({
        key: suggestionsKey,
        props: {
          // Only the detected quotations are looked at, not the whole text, so this stays cheap per keystroke.
          decorations: (state) => {
            const unmarked = detected()(state).filter((quotation) => !isMarked(state.doc, quotation));
            if (unmarked.length === 0) return DecorationSet.empty;
            const decorations = unmarked.flatMap((quotation) =>
              quotation.pieces
                .filter((piece) => piece.to > piece.from)
                .map((piece) => Decoration.inline(piece.from, piece.to, { class: SUGGESTION_CLASS })),
            );
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
