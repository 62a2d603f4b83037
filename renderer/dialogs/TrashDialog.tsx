// Confirms moving an article to the system's trash.
import { Modal } from './Modal';

export function TrashDialog({
  headline,
  onConfirm,
  onCancel,
}: {
  headline: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal title="Move to trash?" onEscape={onCancel}>
      <p>“{headline || 'Untitled'}” goes to the system’s trash, where it can still be restored.</p>
      <div className="actions">
        {/* Cancel first, so Enter on the focused button never trashes by accident. */}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Move to trash
        </button>
      </div>
    </Modal>
  );
}
