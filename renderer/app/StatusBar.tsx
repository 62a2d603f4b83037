// The window's one status bar, docked at its foot across its whole width as Word's is, outside the
// scrolling article so it never covers a line: the save state, the body's counts, and where the
// article lives. The mode slot holds the desk's Suggest edits toggle, with "Suggesting" shown
// while it is on (renderer/review/SuggestToggle.tsx).
import type { Editor } from '@tiptap/core';
import { useSyncExternalStore, type ReactNode } from 'react';
import { Counts } from '../editor/body/Counts';
import { SaveStateIndicator } from '../editor/SaveStateIndicator';
import { useSession } from '../editor/useSession';
import type { ArticleSession } from '../session/articleSession';

interface StatusBarProps {
  session: ArticleSession | null;
  editor: Editor;
  /** The editing mode, once there is more than one (Editing, Suggesting). */
  mode?: ReactNode;
}

export function StatusBar({ session, editor, mode }: StatusBarProps) {
  return (
    <footer aria-label="Status bar" className="window-status-bar">
      {session ? <ArticleStatus key={session.id} session={session} editor={editor} /> : null}
      <span className="status-bar-end">
        {mode ? <span className="status-mode">{mode}</span> : null}
        <span
          className="status-connection"
          title="Articles are files in your library folder on this computer; no desk server is connected."
        >
          On this computer
        </span>
      </span>
    </footer>
  );
}

function ArticleStatus({ session, editor }: { session: ArticleSession; editor: Editor }) {
  const { saveState, readOnly } = useSession(session);
  const lengthTarget = useSyncExternalStore(session.subscribe, () => session.getFields().lengthTarget);
  return (
    <>
      <SaveStateIndicator state={saveState} />
      {readOnly ? <span className="status-read-only">Read-only</span> : null}
      <Counts editor={editor} lengthTarget={lengthTarget} />
    </>
  );
}
