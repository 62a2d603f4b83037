// The working screen once a library is open: the sidebar, the article on the desk, and its dialogs.
import { EditorContent } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LibraryEntry, LibraryState } from '../../core/ipc/contract';
import type { BylineApi } from '../bridge';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { TrashDialog } from '../dialogs/TrashDialog';
import { ArticleHeader } from '../editor/ArticleHeader';
import { tiptapBody } from '../editor/tiptapBody';
import { UnreadablePanel } from '../editor/UnreadablePanel';
import { useBodyEditor } from '../editor/useBodyEditor';
import { Sidebar } from '../library/Sidebar';
import { useLibrary } from '../library/useLibrary';
import { Desk } from '../session/desk';
import { useDeskEvents, type MenuCommand } from './useDeskEvents';
import { useRecovery } from './useRecovery';
import { WindowTitle } from './WindowTitle';

interface WorkspaceProps {
  api: BylineApi;
  onToggleTheme: () => void;
  onLibraryState: (state: LibraryState) => void;
}

export function Workspace({ api, onToggleTheme, onLibraryState }: WorkspaceProps) {
  const deskRef = useRef<Desk | null>(null);
  const editor = useBodyEditor((message) => deskRef.current?.contentError(message));
  const body = useMemo(() => tiptapBody(editor), [editor]);
  const desk = useMemo(() => new Desk({ api, body }), [api, body]);
  deskRef.current = desk;
  const { view, notice } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
  const library = useLibrary(api);
  const recovery = useRecovery(api, desk);
  const [trashing, setTrashing] = useState<{ id: string; headline: string } | null>(null);
  const session = view.kind === 'article' ? view.session : null;

  useEffect(() => body.watchEdits(() => desk.session?.bodyEdited()), [body, desk]);
  useEffect(() => desk.onSaved(library.refresh), [desk, library.refresh]);
  useEffect(() => {
    const saveOnBlur = () => void desk.saveNow();
    editor.on('blur', saveOnBlur);
    return () => {
      editor.off('blur', saveOnBlur);
    };
  }, [editor, desk]);

  const onMenu = useCallback(
    (command: MenuCommand) => {
      const actions: Record<MenuCommand, () => void> = {
        newArticle: () => void desk.create(),
        save: () => void desk.saveNow(),
        closeArticle: () => void desk.close(),
        toggleTheme: onToggleTheme,
        openLibrary: () =>
          void desk.close().then(async () => {
            if (desk.session) return;
            const chosen = await api.setupLibrary({ choice: 'choose' });
            if (chosen.ok) onLibraryState(chosen.value);
          }),
      };
      actions[command]();
    },
    [api, desk, onToggleTheme, onLibraryState],
  );
  useDeskEvents(api, desk, onMenu);

  const open = (entry: LibraryEntry) => void (entry.kind === 'article' ? desk.open(entry.id) : desk.showUnreadable(entry));
  const selectedKey = view.kind === 'article' ? `article:${view.session.id}` : view.kind === 'unreadable' ? `file:${view.entry.file}` : null;

  return (
    <div className="workspace">
      <Sidebar library={library} selectedKey={selectedKey} onOpen={open} onNew={() => void desk.create()} />
      <main className="desk">
        {notice ? (
          <div role="status" aria-label="Notice" className="notice">
            {notice}{' '}
            <button type="button" className="quiet" onClick={() => desk.dismissNotice()}>
              Dismiss
            </button>
          </div>
        ) : null}
        {session ? (
          <ArticleHeader
            key={session.id}
            session={session}
            onTrash={() => setTrashing({ id: session.id, headline: session.getSnapshot().headline })}
            onHeadlineEnter={() => editor.commands.focus('start')}
            onLeaveField={() => void desk.saveNow()}
          />
        ) : null}
        {view.kind === 'unreadable' ? <UnreadablePanel entry={view.entry} onShowInFolder={() => void api.showInFolder({ file: view.entry.file })} /> : null}
        {view.kind === 'empty' ? <p className="desk-empty">Open an article from the library, or start a new one.</p> : null}
        <div className="body-frame" hidden={!session}>
          <EditorContent editor={editor} />
        </div>
      </main>
      <WindowTitle session={session} />
      {session ? <SessionConflict session={session} desk={desk} /> : null}
      {trashing ? (
        <TrashDialog
          headline={trashing.headline}
          onCancel={() => setTrashing(null)}
          onConfirm={() => {
            setTrashing(null);
            void desk.trash(trashing.id);
          }}
        />
      ) : null}
      {recovery.offered ? <RecoveryDialog key={recovery.offered.id} backup={recovery.offered} onRestore={recovery.restore} onDiscard={recovery.discard} /> : null}
    </div>
  );
}

function SessionConflict({ session, desk }: { session: NonNullable<Desk['session']>; desk: Desk }) {
  const conflict = useSyncExternalStore(session.subscribe, () => session.getSnapshot().conflict);
  return conflict ? <ConflictDialog message={conflict} onChoose={(choice) => void desk.resolveConflict(choice)} /> : null;
}
