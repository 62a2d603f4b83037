// Where a problem's "Go to" button takes the reporter: the field to fix (bringing its panel into
// view first), or the body range, selected and scrolled into view as the Quotes panel jumps.
import type { Editor } from '@tiptap/core';
import type { Problem, ProblemField } from '../../core/checks/problem';

/** The side panels a problem can live in. */
export type ProblemPanel = 'Details' | 'Sources' | 'Dates' | 'Review';

interface FieldPlace {
  /** What the button says it goes to. */
  name: string;
  panel: ProblemPanel | null;
  /** The control to focus; the first match in the page wins. */
  selector: string;
}

export const FIELD_PLACES: Record<Exclude<ProblemField, 'body'>, FieldPlace> = {
  headline: { name: 'headline', panel: null, selector: '[aria-label="Headline"]' },
  bylines: { name: 'bylines', panel: 'Details', selector: '.bylines input, .bylines button' },
  dateline: { name: 'dateline', panel: 'Details', selector: '#article-dateline' },
  lengthTarget: { name: 'length target', panel: 'Details', selector: '#article-length-target' },
  sources: { name: 'sources', panel: 'Sources', selector: '.sources-panel button' },
  embargoUntil: { name: 'embargo', panel: 'Dates', selector: '#dates-embargo' },
  updates: { name: 'updates log', panel: 'Dates', selector: '#dates-updates' },
  // The desk's approval and comments on a field: the Review section, at its stage and moves.
  review: { name: 'review', panel: 'Review', selector: '#review-stage-now' },
};

/** What a problem in the body is on, where it is not a quotation or a link. */
const BODY_PLACES: Partial<Record<Problem['code'], string>> = {
  'open-suggestion': 'suggestion',
  'unresolved-comment': 'comment',
};

/** The words on a problem's button: "Go to dateline", "Go to quotation". */
export function placeName(problem: Problem): string {
  const { where } = problem;
  if ('body' in where) return BODY_PLACES[problem.code] ?? (problem.code.endsWith('link') ? 'link' : 'quotation');
  return where.field === 'body' ? 'body' : FIELD_PLACES[where.field].name;
}

export function jumpToProblem(problem: Problem, editor: Editor, showPanel: (panel: ProblemPanel) => void): void {
  const { where } = problem;
  if ('body' in where) {
    editor.chain().focus().setTextSelection(where.body).scrollIntoView().run();
    return;
  }
  if (where.field === 'body') {
    editor.commands.focus('start');
    return;
  }
  const place = FIELD_PLACES[where.field];
  if (place.panel !== null) showPanel(place.panel);
  // The panel renders its controls on the next commit; focus once they are there.
  setTimeout(() => {
    const target = document.querySelector<HTMLElement>(place.selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }, 0);
}
