// Accepting and rejecting suggestions in the open article: one editor transaction each (core's
// Transaction-level accept/reject), so Undo brings them back and the save carries the result
// like any edit. Never itself a suggestion, even while Suggest mode is on.
import type { Editor } from '@tiptap/core';
import { acceptSuggestionsIn, rejectSuggestionsIn, type SuggestionChoice } from '../../core/review/suggestions/decide';
import { SUGGEST_BYPASS } from '../../core/review/suggest-mode';
import { REVIEW_EDIT } from './reviewActions';

export type Verdict = 'accept' | 'reject';

/** How many suggestions were decided (0 when none was chosen, or the body is read-only). */
export function decideSuggestions(editor: Editor, verdict: Verdict, which: SuggestionChoice): number {
  if (!editor.isEditable) return 0;
  const tr = editor.state.tr;
  const count = verdict === 'accept' ? acceptSuggestionsIn(tr, which) : rejectSuggestionsIn(tr, which);
  if (count > 0 && tr.docChanged) editor.view.dispatch(tr.setMeta(REVIEW_EDIT, true).setMeta(SUGGEST_BYPASS, true));
  return count;
}
