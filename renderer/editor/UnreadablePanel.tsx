// An article file that cannot be opened: why, and a way to find it on disk.
import type { UnreadableEntry } from '../../core/ipc/contract';

export function UnreadablePanel({ entry, onShowInFolder }: { entry: UnreadableEntry; onShowInFolder: () => void }) {
  return (
    <div role="alert" className="unreadable">
      <h2>Can't open {entry.file}</h2>
      <p>{entry.error.message}</p>
      <p>
        Byline will not change this file. Fix or replace it with another program, or move it out of the library folder.
      </p>
      <button type="button" onClick={onShowInFolder}>
        Show in folder
      </button>
    </div>
  );
}
