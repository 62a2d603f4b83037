// The running export: a progress bar that says "12 of 1,000", and Cancel.
import { progressText } from './exportApi';

interface ExportProgressProps {
  done: number;
  total: number;
  cancelling: boolean;
  onCancel(): void;
}

export function ExportProgress({ done, total, cancelling, onCancel }: ExportProgressProps) {
  const known = total > 0;
  const words = known ? progressText(done, total) : 'Starting…';
  return (
    <div className="export-progress">
      <progress
        className="export-bar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuenow={known ? done : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuetext={words}
        value={known ? done : undefined}
        max={known ? total : undefined}
      />
      <p className="export-count" aria-hidden="true">
        {cancelling ? 'Cancelling…' : words}
      </p>
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          Cancel
        </button>
      </div>
    </div>
  );
}
