// The file changed on disk while the reporter had unsaved edits: they choose, nothing is overwritten.
import type { ConflictChoice } from '../session/desk';
import { Modal } from './Modal';

export function ConflictDialog({ message, onChoose }: { message: string; onChoose: (choice: ConflictChoice) => void }) {
  return (
    <Modal title="This article changed on disk">
      <p>{message}</p>
      <p>
        Reload drops your unsaved edits. Keep mine saves your version over the one on disk. Save as a copy leaves the
        file on disk as it is and keeps your version as a new article.
      </p>
      <div className="actions">
        {/* Reload throws the unsaved edits away; a copy loses nothing, so it is the main action. */}
        <button type="button" className="danger" onClick={() => onChoose('reload')}>
          Reload
        </button>
        <button type="button" className="quiet" onClick={() => onChoose('keepMine')}>
          Keep mine
        </button>
        <button type="button" data-autofocus onClick={() => onChoose('saveCopy')}>
          Save as a copy
        </button>
      </div>
    </Modal>
  );
}
