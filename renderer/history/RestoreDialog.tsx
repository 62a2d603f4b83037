// Confirms a restore. Nothing is lost by it: the article as it is now stays in the history, and
// only the words and details go back (dates, stamps and the desk's record stay as they are).
import type { RevisionEntry } from '../../core/ipc/contract';
import { Instant } from '../dates/DatesRecord';
import { Modal } from '../dialogs/Modal';

interface RestoreDialogProps {
  revision: RevisionEntry;
  timeZone: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RestoreDialog({ revision, timeZone, onConfirm, onCancel }: RestoreDialogProps) {
  const name = `revision ${revision.rev}`;
  return (
    <Modal title={`Restore ${name}?`} onEscape={onCancel}>
      <p>
        {`The headline, details, sources and text go back to ${name}, saved `}
        <Instant at={revision.at} timeZone={timeZone} />
        {revision.by.trim() ? ` by ${revision.by}.` : '.'}
      </p>
      <p>
        The article as it is now stays in the history, so nothing is lost: you can restore it again. Dates, stamps,
        comments and the desk’s stage stay as they are.
      </p>
      <div className="actions">
        {/* Cancel first, so Enter on the first button never restores by accident. */}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onConfirm}>
          {`Restore ${name}`}
        </button>
      </div>
    </Modal>
  );
}
