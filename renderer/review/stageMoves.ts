// What the stage buttons say: the move in the desk's words, from where the article is now.
import type { ChosenStage, Stage } from '../../core/review/review';
import { NEXT_STAGES } from '../../core/review/stages';

/** "Approve", "Request changes", "Mark ready for the desk"… */
export function moveLabel(from: Stage, to: ChosenStage): string {
  switch (to) {
    case 'ready':
      return from === 'editing' ? 'Hand back to the desk queue' : 'Mark ready for the desk';
    case 'editing':
      return from === 'approved' || from === 'published' ? 'Reopen for editing' : 'Start editing';
    case 'changes-requested':
      return 'Request changes';
    case 'approved':
      return 'Approve';
    case 'draft':
      return 'Take back to draft';
  }
}

/** The moves open from `from`, in the table's order (the desk's usual next step first). */
export function movesFrom(from: Stage): { to: ChosenStage; label: string }[] {
  return NEXT_STAGES[from].map((to) => ({ to, label: moveLabel(from, to) }));
}
