// Why a revision was recorded, in the desk's words: "Stage: Ready for the desk", "Edit",
// "Accepted a suggestion", "Restored revision 12". A reason a newer Byline wrote is shown as it is.
import type { RevisionEntry } from '../../core/ipc/contract';
import { STAGE_LABELS } from '../../core/review/stages';
import { STAGES, type Stage } from '../../core/review/review';

const WORDS: Record<string, string> = {
  create: 'Created',
  import: 'Imported',
  earlier: 'As it was before its history began',
  edit: 'Edit',
  close: 'Closed',
  stage: 'Stage moved',
  stamp: 'Stamped',
  comment: 'Comment',
  suggest: 'Suggested edits',
  accept: 'Accepted a suggestion',
  reject: 'Rejected a suggestion',
  restore: 'Restored an earlier revision',
};

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/**
 * `detail` says more where the history's record does not: the stage a move went to (from the
 * desk's stage log, stageAtRevision), the revision a restore took back.
 */
export function reasonLabel(reason: RevisionEntry['reason'], detail: string | null = null): string {
  if (reason === 'stage' && detail !== null && isStage(detail)) return `Stage: ${STAGE_LABELS[detail]}`;
  if (reason === 'restore' && detail !== null && /^\d+$/.test(detail)) return `Restored revision ${detail}`;
  const words = WORDS[reason];
  if (words) return words;
  const shown = reason.replace(/[-_:]+/g, ' ').trim();
  return shown === '' ? 'Revision' : shown[0]!.toUpperCase() + shown.slice(1);
}

/**
 * The stage each stage revision moved the article to: the last move by hand in the desk's log made
 * no later than the revision was recorded (the save that records a move comes after it).
 */
export function stagesOfRevisions(
  revisions: readonly Pick<RevisionEntry, 'rev' | 'at' | 'reason'>[],
  log: readonly { to: Stage; at: string }[],
): Map<number, Stage> {
  const stages = new Map<number, Stage>();
  for (const revision of revisions) {
    if (revision.reason !== 'stage') continue;
    const at = Date.parse(revision.at);
    // Published comes only with a stamp (its own revision), and its time may be rounded to the
    // second, before the save of the move just ahead of it.
    const move = log.filter((entry) => entry.to !== 'published' && Date.parse(entry.at) <= at).at(-1);
    if (move) stages.set(revision.rev, move.to);
  }
  return stages;
}
