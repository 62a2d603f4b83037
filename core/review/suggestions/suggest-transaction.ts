// Suggest mode's interception: a transaction the editor was about to apply (a key typed, a word
// deleted, a paste) becomes the same edit as a suggestion. Only the steps' own ranges are looked
// at, so a keystroke costs the same in a 50-word brief as in a 5,000-word feature.
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Mapping, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { suggestReplace, type SuggestedEdit, type Suggester } from './track';

/**
 * The suggesting version of `original` (made from `state`, the state it was made from). Steps
 * other than replacements (a list lifted, a paragraph turned into a subhead, bold on or off)
 * are applied as they are: Suggest mode suggests words, not formatting.
 */
export function suggestingTransaction(state: EditorState, original: Transaction, who: Suggester): Transaction {
  const tracked = state.tr;
  let last: Replacement | null = null;
  let replacements = 0;
  original.steps.forEach((step, index) => {
    const rebased = rebase(step, index, original, tracked.mapping);
    if (!rebased) return;
    // Each place one command changes (Replace all) is a suggestion of its own, to be decided on its own.
    const own = replacements === 0 ? who : { ...who, id: `${who.id}-${replacements + 1}` };
    const done = suggested(tracked, rebased, own);
    if (done) {
      last = done;
      replacements++;
    } else tracked.maybeStep(rebased);
  });
  carryOver(original, tracked);
  placeCursor(state, original, tracked, replacements === 1 ? last : null);
  return tracked;
}

/** A replacement made as a suggestion: where it landed, and the range and words it was asked for. */
interface Replacement {
  edit: SuggestedEdit;
  from: number;
  to: number;
  adds: boolean;
}

/**
 * Makes the step as a suggestion, or returns null when it is not about words (a list lifted, a
 * paragraph made a subhead, a rule deleted) and is to be applied as it is.
 */
function suggested(tr: Transaction, step: Step, who: Suggester): Replacement | null {
  if (step instanceof ReplaceStep) {
    const { from, to, slice } = step;
    if (from < to && !touchesText(tr.doc, from, to) && !holdsWords(tr.doc, from, to)) return null;
    const edit = suggestReplace(tr, from, to, slice, who, { extend: true });
    return { edit, from, to, adds: slice.size > 0 };
  }
  if (step instanceof ReplaceAroundStep && touchesText(tr.doc, step.from, step.to)) {
    // Deleting from one block into another of a different kind (a paragraph into a list): the
    // words between are struck out, and the blocks stay as they are.
    const start = tr.steps.length;
    suggestReplace(tr, step.from, step.gapFrom, Slice.empty, who, { extend: true });
    const mapping = tr.mapping.slice(start);
    const second = suggestReplace(tr, mapping.map(step.gapTo, 1), mapping.map(step.to, -1), Slice.empty, who, {
      extend: true,
    });
    const edit = { ...second, deletedFrom: tr.mapping.slice(start).map(step.from, -1) };
    return { edit, from: step.from, to: step.to, adds: false };
  }
  return null;
}

/** Whether either end of a range is inside a paragraph's (or heading's…) words. */
function touchesText(doc: PMNode, from: number, to: number): boolean {
  return doc.resolve(from).parent.isTextblock || doc.resolve(to).parent.isTextblock;
}

function holdsWords(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}

/** The step as it applies to the suggesting document: back through the original's earlier steps, forward through what was done instead. */
function rebase(step: Step, index: number, original: Transaction, done: Mapping): Step | null {
  if (index === 0) return step.map(done);
  const back = new Mapping();
  for (let i = index - 1; i >= 0; i--) back.appendMap(original.steps[i]!.getMap().invert());
  return step.map(back)?.map(done) ?? null;
}

/** What the original said about itself (undo grouping, paste, input rules, stored marks) goes with it. */
function carryOver(original: Transaction, tracked: Transaction): void {
  const meta = (original as unknown as { meta?: Record<string, unknown> }).meta ?? {};
  for (const [key, value] of Object.entries(meta)) if (!isInputRuleRecord(value)) tracked.setMeta(key, value);
  tracked.setTime(original.time);
  if (original.storedMarksSet) tracked.setStoredMarks(original.storedMarks);
  if (original.scrolledIntoView) tracked.scrollIntoView();
}

/**
 * TipTap's input rules (smart quotes, "--" to a dash) remember the transaction they made so that
 * Backspace right after can undo them by inverting its steps. The suggestion made instead has
 * other steps, and inverting the original's would damage the text: Backspace then takes back the
 * curly quote as any other suggested character.
 */
function isInputRuleRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'transform' in value && 'text' in value;
}

/**
 * Where the cursor goes. After typing: after the new words. After Backspace: before the words it
 * struck out, so the next Backspace strikes out the letter before them; after Delete: after
 * them, so the next Delete goes on forwards.
 */
function placeCursor(state: EditorState, original: Transaction, tracked: Transaction, last: Replacement | null): void {
  const doc = tracked.doc;
  let pos: number | null = null;
  const selection = state.selection;
  // An edit away from the cursor (made by a command, not typed there) leaves the cursor be.
  const atCursor = last !== null && selection.from <= last.to && selection.to >= last.from;
  if (last && (atCursor || original.selectionSet)) {
    const { edit, from } = last;
    if (last.adds) pos = edit.insertedTo;
    else if (selection.empty && selection.head === from) pos = edit.deletedTo;
    else if (selection.empty) pos = edit.deletedFrom;
    else pos = edit.deletedTo;
  } else if (original.selectionSet) {
    pos = tracked.mapping.map(original.mapping.invert().map(original.selection.head));
  }
  if (pos === null) return;
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  tracked.setSelection(TextSelection.near(doc.resolve(clamped)));
}
