// The desk's workflow: which stage may follow which, and the one function that moves an article.
// `published` is never chosen here: the publish stamp sets it (core/stamps/publish.ts), and an
// update after publication reopens review (reopenAfterPublication) without moving any date.
import type { Article } from '../article/article';
import { reviewOf, type ChosenStage, type Review, type Stage } from './review';

/**
 * Where each stage may go by hand. draft → ready (for the desk) → editing → changes-requested →
 * ready … → approved. The desk may also approve or send back straight from ready; a reporter may
 * take a draft that is waiting back (ready → draft); an approved story may be reopened.
 */
export const NEXT_STAGES: Readonly<Record<Stage, readonly ChosenStage[]>> = {
  draft: ['ready'],
  ready: ['editing', 'changes-requested', 'approved', 'draft'],
  editing: ['changes-requested', 'approved', 'ready'],
  'changes-requested': ['ready', 'editing'],
  approved: ['editing', 'changes-requested'],
  published: ['editing'],
};

/** How a stage reads in a sentence and in the app: "changes requested". */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  draft: 'Draft',
  ready: 'Ready for the desk',
  editing: 'Editing',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

export const canMove = (from: Stage, to: ChosenStage): boolean => NEXT_STAGES[from].includes(to);

export interface StageMove {
  to: ChosenStage;
  by: string;
  at: string;
  /** Hand the article to this person; undefined keeps the assignee, null clears it. */
  assignee?: string | null;
  /** When the desk wants it; undefined keeps the due time, null clears it. */
  due?: string | null;
  note?: string | null;
}

export type StageResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * Moves the article to a stage, on the record. The same stage again is a reassignment (a new
 * assignee or due time, logged like a move); with nothing changed it is refused, as is every
 * move the table does not allow. A refusal returns the reason and no article.
 */
export function moveStage(article: Article, move: StageMove): StageResult {
  const review = reviewOf(article);
  const from = review.stage;
  const assignee = move.assignee === undefined ? review.assignee : blankToNull(move.assignee);
  const due = move.due === undefined ? review.due : move.due;
  const note = blankToNull(move.note ?? null);
  if (from === move.to) {
    if (assignee === review.assignee && due === review.due)
      return refuse(`The article is already ${STAGE_LABELS[from].toLowerCase()}; nothing changed.`);
  } else if (!canMove(from, move.to)) {
    const allowed = NEXT_STAGES[from].map((stage) => STAGE_LABELS[stage].toLowerCase());
    return refuse(
      `An article that is ${STAGE_LABELS[from].toLowerCase()} cannot go to ${STAGE_LABELS[move.to].toLowerCase()}; it can go to ${allowed.join(' or ')}.`,
    );
  }
  const next: Review = {
    ...review,
    stage: move.to,
    assignee,
    due,
    log: [...review.log, { from, to: move.to, by: move.by, at: move.at, note }],
  };
  return { ok: true, article: { ...article, review: next } };
}

/** The publish stamp's part of the desk: the article is published, on the record. */
export function markPublished(article: Article, by: string, at: string): Article {
  const review = reviewOf(article);
  if (review.stage === 'published') return article;
  const log = [...review.log, { from: review.stage, to: 'published' as const, by, at, note: null }];
  return { ...article, review: { ...review, stage: 'published', log } };
}

/**
 * A published article that changes goes back to the desk as `editing` (its dates do not move:
 * the publish stamp and the updates log are untouched). Anything else is returned as it was.
 */
export function reopenAfterPublication(article: Article, by: string, at: string, note: string): Article {
  const review = reviewOf(article);
  if (review.stage !== 'published') return article;
  const log = [...review.log, { from: 'published' as const, to: 'editing' as const, by, at, note }];
  return { ...article, review: { ...review, stage: 'editing', log } };
}

/** The fields around the words whose change a reader would see; the desk's note and the slug are not among them. */
export const READER_FIELDS: readonly (keyof Article)[] = [
  'kicker',
  'section',
  'headline',
  'deck',
  'bylines',
  'dateline',
  'tags',
  'sources',
];

/** What readers would see change: the words and the fields around them, never the record. */
const CONTENT_FIELDS: readonly (keyof Article)[] = [...READER_FIELDS, 'body'];

/**
 * The desk's rule for a save: a published story whose words or fields change goes back to the
 * desk (editing), by the person who changed it. Returns `after`, reopened when that applies.
 */
export function reopenOnChange(before: Article, after: Article, by: string, at: string): Article {
  if (reviewOf(after).stage !== 'published') return after;
  const changed = CONTENT_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return changed ? reopenAfterPublication(after, by, at, 'Changed after publication') : after;
}

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const refuse = (reason: string): StageResult => ({ ok: false, reason });
