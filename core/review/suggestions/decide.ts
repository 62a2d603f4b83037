// Accepting and rejecting suggested edits. Accepting makes a suggestion part of the text (added
// words lose their mark, struck-out words go); rejecting takes it back (added words go, struck-out
// words lose their mark). Each comes as a change of a document (the command line) and as a change
// made inside a Transform or Transaction (the editor, so Undo brings the suggestions back).
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { suggestionMarks } from './track';

/** Which suggestions: every one, the ones with these ids, or every one a person made. */
export type SuggestionChoice = ReadonlySet<string> | 'all' | { by: string };

export function acceptSuggestions(doc: PMNode, which: SuggestionChoice): PMNode {
  const tr = new Transform(doc);
  acceptSuggestionsIn(tr, which);
  return tr.doc;
}

export function rejectSuggestions(doc: PMNode, which: SuggestionChoice): PMNode {
  const tr = new Transform(doc);
  rejectSuggestionsIn(tr, which);
  return tr.doc;
}

/** Accepts the chosen suggestions in the body the transform holds now. Returns how many there were. */
export function acceptSuggestionsIn(tr: Transform, which: SuggestionChoice): number {
  return decide(tr, which, 'accept');
}

/** Rejects the chosen suggestions in the body the transform holds now. Returns how many there were. */
export function rejectSuggestionsIn(tr: Transform, which: SuggestionChoice): number {
  return decide(tr, which, 'reject');
}

function chosen(which: SuggestionChoice): (mark: Mark) => boolean {
  if (which === 'all') return () => true;
  if (isIdSet(which)) return (mark) => which.has(String(mark.attrs.id));
  const by = which.by;
  return (mark) => mark.attrs.by === by;
}

function isIdSet(which: ReadonlySet<string> | { by: string }): which is ReadonlySet<string> {
  return typeof (which as ReadonlySet<string>).has === 'function';
}

interface Span {
  from: number;
  to: number;
  mark: Mark;
}

/** A run of words that goes, with the ids of the suggestions its first and last pieces belong to. */
interface Cut {
  from: number;
  to: number;
  firstIds: Set<string>;
  lastIds: Set<string>;
}

function decide(tr: Transform, which: SuggestionChoice, verdict: 'accept' | 'reject'): number {
  const { insertion, deletion } = suggestionMarks(tr.doc.type.schema);
  const isChosen = chosen(which);
  // Accepting keeps added words and removes struck-out ones; rejecting the other way round.
  const kept = verdict === 'accept' ? insertion : deletion;
  const removed = verdict === 'accept' ? deletion : insertion;
  const unmark: Span[] = [];
  const cuts: Cut[] = [];
  const ids = new Set<string>();
  tr.doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const end = pos + node.nodeSize;
    const going = new Set<string>();
    for (const mark of node.marks) {
      if (!isChosen(mark) || (mark.type !== kept && mark.type !== removed)) continue;
      ids.add(String(mark.attrs.id));
      if (mark.type === kept) unmark.push({ from: pos, to: end, mark });
      else going.add(String(mark.attrs.id));
    }
    if (going.size > 0) {
      const last = cuts[cuts.length - 1];
      if (last && last.to === pos) {
        last.to = end;
        last.lastIds = going;
      } else cuts.push({ from: pos, to: end, firstIds: going, lastIds: going });
    }
    return false;
  });
  // Dropping a mark moves nothing, so every span still stands where it was found.
  for (const span of unmark) tr.removeMark(span.from, span.to, span.mark);
  for (const range of acrossBlocks(tr.doc, cuts).reverse()) tr.delete(range.from, range.to);
  return ids.size;
}

/**
 * Joins runs that one suggestion made across a block boundary: the end of one paragraph and the
 * start of the next struck out together (a deletion from one paragraph into the next), or added
 * together (paragraphs pasted into the middle of one). Deleting them as one range joins the two
 * blocks again, as the same deletion made outside Suggest mode does, and as the paste had not
 * split them.
 */
function acrossBlocks(doc: PMNode, cuts: Cut[]): Cut[] {
  const joined: Cut[] = [];
  for (const cut of cuts) {
    const last = joined[joined.length - 1];
    if (last && oneSuggestionAcross(doc, last, cut)) {
      last.to = cut.to;
      last.lastIds = cut.lastIds;
    } else joined.push({ ...cut });
  }
  return joined;
}

function oneSuggestionAcross(doc: PMNode, before: Cut, after: Cut): boolean {
  if (![...before.lastIds].some((id) => after.firstIds.has(id))) return false;
  const $end = doc.resolve(before.to);
  const $start = doc.resolve(after.from);
  if ($end.parentOffset !== $end.parent.content.size || $start.parentOffset !== 0) return false;
  // Only block boundaries (and empty blocks) between: no words that stay.
  let words = false;
  doc.nodesBetween(before.to, after.from, (node) => {
    if (node.isInline) words = true;
    return !words;
  });
  return !words;
}
