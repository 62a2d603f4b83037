// Suggest mode's interception: a transaction the editor was about to apply (a key typed, a word
// deleted, a paste) becomes the same edit as a suggestion. Only the steps' own ranges are looked
// at, so a keystroke costs the same in a 50-word brief as in a 5,000-word feature.
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';
import { Mapping, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { suggestReplace, type SuggestedEdit, type Suggester } from './track';

/**
 * The suggesting version of `original` (made from `state`, the state it was made from). Steps
 * other than replacements (a list lifted, a paragraph turned into a subhead, bold on or off)
 * are applied as they are: Suggest mode suggests words, not formatting.
 */
export function suggestingTransaction(state: EditorState, original: Transaction, who: Suggester): Transaction {
  const tracked = state.tr;
  let last: { edit: SuggestedEdit; step: ReplaceStep } | null = null;
  let replacements = 0;
  original.steps.forEach((step, index) => {
    const rebased = rebase(step, index, original, tracked.mapping);
    if (!rebased) return;
    if (rebased instanceof ReplaceStep && !isStructural(rebased)) {
      last = {
        edit: suggestReplace(tracked, rebased.from, rebased.to, rebased.slice, who, { extend: true }),
        step: rebased,
      };
      replacements++;
    } else tracked.maybeStep(rebased);
  });
  carryOver(original, tracked);
  placeCursor(state, original, tracked, replacements === 1 ? last : null);
  return tracked;
}

/**
 * A replacement step that moves blocks around (`structure`: lifting, wrapping) is not words
 * changing; applied as it is.
 */
function isStructural(step: ReplaceStep): boolean {
  return (step as unknown as { structure?: boolean }).structure === true;
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
  for (const [key, value] of Object.entries(meta)) tracked.setMeta(key, value);
  tracked.setTime(original.time);
  if (original.storedMarksSet) tracked.setStoredMarks(original.storedMarks);
  if (original.scrolledIntoView) tracked.scrollIntoView();
}

/**
 * Where the cursor goes. After typing: after the new words. After Backspace: before the words it
 * struck out, so the next Backspace strikes out the letter before them; after Delete: after
 * them, so the next Delete goes on forwards.
 */
function placeCursor(
  state: EditorState,
  original: Transaction,
  tracked: Transaction,
  last: { edit: SuggestedEdit; step: ReplaceStep } | null,
): void {
  const doc = tracked.doc;
  let pos: number | null = null;
  if (last) {
    const { edit, step } = last;
    const selection = state.selection;
    if (step.slice.size > 0) pos = edit.insertedTo;
    else if (selection.empty && selection.head === step.from) pos = edit.deletedTo;
    else if (selection.empty) pos = edit.deletedFrom;
    else pos = edit.deletedTo;
  } else if (original.selectionSet) {
    pos = tracked.mapping.map(original.mapping.invert().map(original.selection.head));
  }
  if (pos === null) return;
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  tracked.setSelection(TextSelection.near(doc.resolve(clamped)));
}
