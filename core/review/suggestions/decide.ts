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

/** Accepts the chosen suggestions in the transform's current document. Returns how many there were. */
export function acceptSuggestionsIn(tr: Transform, which: SuggestionChoice): number {
  return decide(tr, which, 'accept');
}

/** Rejects the chosen suggestions in the transform's current document. Returns how many there were. */
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

function decide(tr: Transform, which: SuggestionChoice, verdict: 'accept' | 'reject'): number {
  const { insertion, deletion } = suggestionMarks(tr.doc.type.schema);
  const isChosen = chosen(which);
  // Accepting keeps added words and removes struck-out ones; rejecting the other way round.
  const kept = verdict === 'accept' ? insertion : deletion;
  const removed = verdict === 'accept' ? deletion : insertion;
  const unmark: Span[] = [];
  const cut: { from: number; to: number }[] = [];
  const ids = new Set<string>();
  tr.doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const end = pos + node.nodeSize;
    let goes = false;
    for (const mark of node.marks) {
      if (!isChosen(mark) || (mark.type !== kept && mark.type !== removed)) continue;
      ids.add(String(mark.attrs.id));
      if (mark.type === kept) unmark.push({ from: pos, to: end, mark });
      else goes = true;
    }
    if (goes) {
      const last = cut[cut.length - 1];
      if (last && last.to === pos) last.to = end;
      else cut.push({ from: pos, to: end });
    }
    return false;
  });
  // Dropping a mark moves nothing, so every span still stands where it was found.
  for (const span of unmark) tr.removeMark(span.from, span.to, span.mark);
  for (const range of cut.reverse()) tr.delete(range.from, range.to);
  return ids.size;
}
