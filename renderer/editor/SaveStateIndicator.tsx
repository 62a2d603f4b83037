// The save state, in exactly the words the reporter learns to trust.
import { saveStateText, type SaveState } from '../session/saveState';

export function SaveStateIndicator({ state }: { state: SaveState }) {
  return (
    <p role="status" aria-label="Save state" className={`save-state save-state-${state.kind}`}>
      {saveStateText(state)}
    </p>
  );
}
