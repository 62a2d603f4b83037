// What the workspace shows of an open article's session, and when it has changed enough to
// re-render: a keystroke in the body changes none of it.
import type { SaveState } from './saveState';

export interface SessionSnapshot {
  id: string;
  headline: string;
  unsaved: boolean;
  saveState: SaveState;
  /** Set while the disk holds a version the reporter has not seen: a conflict to resolve. */
  conflict: string | null;
  readOnly: string | null;
  /** False for a read-only file, after a content error, or once closed. */
  editable: boolean;
}

export function sameSnapshot(a: SessionSnapshot, b: SessionSnapshot): boolean {
  return (
    a.id === b.id &&
    a.headline === b.headline &&
    a.unsaved === b.unsaved &&
    a.conflict === b.conflict &&
    a.readOnly === b.readOnly &&
    a.editable === b.editable &&
    a.saveState.kind === b.saveState.kind &&
    (a.saveState.kind !== 'failed' || b.saveState.kind !== 'failed' || a.saveState.message === b.saveState.message)
  );
}
