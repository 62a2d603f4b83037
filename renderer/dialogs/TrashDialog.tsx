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
        <button type="button" onClick={onConfirm}>
          Move to trash
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
