// The status bar's mode slot: "Suggesting" while Suggest mode is on, and the toggle itself
// (Ctrl/Cmd+Alt+Shift+X, Google Docs' key for suggesting), so the mode is never on unseen.
import type { Editor } from '@tiptap/core';
import { ariaShortcut, tooltipText } from '../editor/body/shortcuts';
import { useEditable } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { useSuggesting } from './useSuggesting';

export const SUGGEST_SHORTCUT = 'Mod+Alt+Shift+X';

export function SuggestToggle({ editor, session }: { editor: Editor; session: ArticleSession }) {
  const editable = useEditable(session);
  const suggesting = useSuggesting(editor);
  return (
    <>
      {suggesting ? <span className="status-suggesting">Suggesting</span> : null}
      <button
        type="button"
        className="quiet status-suggest-toggle"
        aria-pressed={suggesting}
        aria-keyshortcuts={ariaShortcut(SUGGEST_SHORTCUT)}
        title={tooltipText(suggesting ? 'Stop suggesting: edit directly' : 'Suggest edits', SUGGEST_SHORTCUT)}
        disabled={!editable}
        onClick={() => editor.chain().focus().setSuggesting(!suggesting).run()}
      >
        Suggest edits
      </button>
    </>
  );
}
