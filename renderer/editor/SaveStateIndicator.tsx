// The save state, in exactly the words the reporter learns to trust; it sits in the status bar.
import { saveStateText, type SaveState } from '../session/saveState';

export function SaveStateIndicator({ state }: { state: SaveState }) {
  return (
    <span role="status" aria-label="Save state" className={`save-state save-state-${state.kind}`}>
      {saveStateText(state)}
    </span>
  );
}
