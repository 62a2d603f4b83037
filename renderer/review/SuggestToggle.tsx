// The status bar's mode slot: "Suggesting" while Suggest mode is on, and the toggle itself
// (Ctrl/Cmd+Shift+E, Word's track-changes key), so the mode is never on unseen.
import { useSyncExternalStore } from 'react';
import { ariaShortcut, tooltipText } from '../editor/body/shortcuts';
import { useEditable } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import type { ReviewDesk } from './reviewDesk';

export const SUGGEST_SHORTCUT = 'Mod+Shift+E';

export function SuggestToggle({ desk, session }: { desk: ReviewDesk; session: ArticleSession }) {
  const disabled = !useEditable(session);
  const { suggesting } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
  return (
    <>
      {suggesting ? <span className="status-suggesting">Suggesting</span> : null}
      <button
        type="button"
        className="quiet status-suggest-toggle"
        aria-pressed={suggesting}
        aria-keyshortcuts={ariaShortcut(SUGGEST_SHORTCUT)}
        title={tooltipText(suggesting ? 'Stop suggesting: edit directly' : 'Suggest edits', SUGGEST_SHORTCUT)}
        disabled={disabled}
        onClick={() => desk.setSuggesting(!suggesting)}
      >
        Suggest edits
      </button>
    </>
  );
}
