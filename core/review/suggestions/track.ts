// The heart of a suggested edit: instead of changing the words, mark them. Words taken away keep
// their place with a deletion mark; words added go in with an insertion mark; both carry who
// suggested them and when. Used by the command line's `suggest` (suggest-replace.ts) and by
// Suggest mode in the editor (suggest-mode.ts), so a suggestion is the same whoever makes it.
// Everything here looks only at the edited range and its two neighbours, never the whole body:
// Suggest mode runs it on every keystroke.
import type { Mark, MarkType, Node as PMNode, Schema } from '@tiptap/pm/model';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';

/** Who is suggesting, and the id a new suggestion of theirs gets. */
export interface Suggester {
  id: string;
  by: string;
  at: string;
}

export interface SuggestOptions {
  /**
   * Carry on the person's suggestion right beside the edit (the one being typed, the word
   * just struck out) instead of opening a new one, so a typed word is one suggestion, not one
   * per letter. The command line's `suggest` makes a new one each time.
   */
  extend: boolean;
}

/** Where the edit landed in the transform's document after it. */
export interface SuggestedEdit {
  /** The start of what was struck out (the whole range stays in the body, marked). */
  deletedFrom: number;
  /** The end of what was struck out; the suggested words go in here. */
  deletedTo: number;
  insertedFrom: number;
  insertedTo: number;
}

export function suggestionMarks(schema: Schema): { insertion: MarkType; deletion: MarkType } {
  const insertion = schema.marks.insertion;
  const deletion = schema.marks.deletion;
  if (!insertion || !deletion) throw new Error('The body schema has no insertion and deletion marks.');
  return { insertion, deletion };
}

/** The marks that belong to the desk, not to the words: never copied onto suggested words. */
const REVIEW_MARKS = new Set(['insertion', 'deletion', 'comment']);

/**
 * Suggests replacing `from`–`to` of the transform's current document with `slice` (an empty
 * slice suggests a deletion, an empty range an insertion). Words the same person suggested
 * adding and now takes away go for real: nobody needs to review a change of mind.
 */
export function suggestReplace(
  tr: Transform,
  from: number,
  to: number,
  slice: Slice,
  who: Suggester,
  options: SuggestOptions,
): SuggestedEdit {
  const { insertion, deletion } = suggestionMarks(tr.doc.type.schema);
  const attrs = options.extend ? (ownSuggestionBeside(tr.doc, from, to, who.by) ?? who) : who;
  const plain = { id: attrs.id, by: attrs.by, at: attrs.at };
  const firstStep = tr.steps.length;

  if (from < to) {
    const pieces = inlinePieces(tr.doc, from, to);
    const withdrawn: Piece[] = [];
    const struck: Piece[] = [];
    for (const piece of pieces) {
      const marks = piece.node.marks;
      if (marks.some((mark) => mark.type === insertion && mark.attrs.by === who.by)) withdrawn.push(piece);
      // Words already struck out stay as they are.
      else if (!deletion.isInSet(marks) && piece.parent.type.allowsMarkType(deletion)) struck.push(piece);
    }
    strikeOut(tr, struck, deletion.create(plain));
    // From the end backwards, so the earlier pieces' positions still hold.
    for (const piece of withdrawn.reverse()) tr.delete(piece.from, piece.to);
  }
  const mapping = tr.mapping.slice(firstStep);
  const deletedFrom = mapping.map(from, -1);
  const insertAt = mapping.map(to, 1);

  let insertedTo = insertAt;
  // A slice of bare block boundaries over a range (what deleting from one block into another
  // leaves) adds no words: the deletion is the whole edit. Over an empty range it is a split (Enter).
  if (slice.size > 0 && (from === to || holdsInline(slice))) {
    const inline = inlineContent(slice);
    if (inline) {
      const $at = tr.doc.resolve(insertAt);
      const parentType = $at.parent.type;
      const markable = parentType.allowsMarkType(insertion);
      const marked: PMNode[] = [];
      inline.forEach((node) => {
        const kept = node.marks.filter(
          (mark) => !REVIEW_MARKS.has(mark.type.name) && parentType.allowsMarkType(mark.type),
        );
        const marks = markable ? insertion.create(plain).addToSet(kept) : kept;
        marked.push(node.mark(marks));
      });
      const before = tr.doc.content.size;
      tr.replace(insertAt, insertAt, new Slice(Fragment.fromArray(marked), 0, 0));
      insertedTo = insertAt + (tr.doc.content.size - before);
    } else {
      // New paragraphs, list items…: they go in, and their words are marked as suggested.
      // The paragraph break itself cannot carry a mark: it stays if the words are rejected (suggest-mode.ts).
      const before = tr.doc.content.size;
      tr.replace(insertAt, insertAt, slice);
      insertedTo = insertAt + (tr.doc.content.size - before);
      for (const piece of inlinePieces(tr.doc, insertAt, insertedTo)) {
        if (!piece.parent.type.allowsMarkType(insertion)) continue;
        for (const mark of piece.node.marks)
          if (REVIEW_MARKS.has(mark.type.name) && mark.type !== insertion) tr.removeMark(piece.from, piece.to, mark);
        tr.addMark(piece.from, piece.to, insertion.create(plain));
      }
    }
  }
  return { deletedFrom, deletedTo: insertAt, insertedFrom: insertAt, insertedTo };
}

/**
 * Puts the deletion mark on the pieces by writing them back marked, one run of touching pieces
 * at a time: unlike a mark step, a replacement has a range, so Undo groups Backspace after
 * Backspace into one step as it does when not suggesting.
 */
function strikeOut(tr: Transform, pieces: Piece[], mark: Mark): void {
  let run: Piece[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const marked = run.map((piece) => {
      const part = piece.node.isText ? piece.node.cut(piece.from - piece.start, piece.to - piece.start) : piece.node;
      return part.mark(mark.addToSet(part.marks));
    });
    tr.replaceWith(run[0]!.from, run[run.length - 1]!.to, Fragment.fromArray(marked));
    run = [];
  };
  for (const piece of pieces) {
    if (run.length > 0 && run[run.length - 1]!.to !== piece.from) flush();
    run.push(piece);
  }
  flush();
}

interface Piece {
  node: PMNode;
  parent: PMNode;
  /** Where the whole node starts; `from` and `to` cut it to the range. */
  start: number;
  from: number;
  to: number;
}

/** The inline nodes between two positions, each cut to the range. */
function inlinePieces(doc: PMNode, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  doc.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isInline) return true;
    if (parent)
      pieces.push({ node, parent, start: pos, from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) });
    return false;
  });
  return pieces;
}

/**
 * The slice's content when it is only words (typed text, a phrase pasted from inside one
 * paragraph): those can be marked where they go. Null when it brings blocks of its own.
 */
function inlineContent(slice: Slice): Fragment | null {
  let content = slice.content;
  let open = slice.openStart;
  if (slice.openStart !== slice.openEnd) return null;
  while (open > 0) {
    if (content.childCount !== 1) return null;
    const only = content.firstChild!;
    if (only.isInline) return null;
    content = only.content;
    open--;
  }
  let allInline = true;
  content.forEach((node) => {
    if (!node.isInline) allInline = false;
  });
  return allInline ? content : null;
}

function holdsInline(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}

/** The person's own suggestion touching the edit (just before it or just after it), if any. */
function ownSuggestionBeside(doc: PMNode, from: number, to: number, by: string): Suggester | null {
  const neighbours = [doc.resolve(from).nodeBefore, doc.resolve(to).nodeAfter];
  for (const node of neighbours) {
    const mark = node?.marks.find(
      (candidate: Mark) =>
        (candidate.type.name === 'insertion' || candidate.type.name === 'deletion') && candidate.attrs.by === by,
    );
    if (mark) return { id: String(mark.attrs.id), by, at: String(mark.attrs.at) };
  }
  return null;
}
