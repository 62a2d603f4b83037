// Crash recovery: a backup of unsaved edits from an earlier run, offered back or discarded.
import { bodyPlainText } from '../../core/body/text';
import type { Backup } from '../../core/ipc/contract';
import { fullDate } from '../library/savedAt';
import { Modal } from './Modal';

const EXCERPT_CHARS = 200;

export function excerptOf(backup: Backup): string {
  const text = bodyPlainText(backup.article.body).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

export function RecoveryDialog({
  backup,
  onRestore,
  onDiscard,
}: {
  backup: Backup;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <Modal title="Recover unsaved changes">
      <p className="recovery-headline">{backup.article.headline || 'Untitled'}</p>
      <p>
        Backed up <time dateTime={backup.at}>{fullDate(backup.at)}</time>
      </p>
      <blockquote className="recovery-excerpt">{excerptOf(backup) || '(no body text)'}</blockquote>
      <div className="actions">
        <button type="button" className="danger" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" data-autofocus onClick={onRestore}>
          Restore
        </button>
      </div>
    </Modal>
  );
}
