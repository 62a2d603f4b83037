// The working screen once a library is open: the sidebar, the article on the desk with its
// details beside it, and the dialogs above them.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { LibraryEntry, LibraryState } from '../../core/ipc/contract';
import { defaultSettings } from '../../core/settings/settings';
import type { BylineApi } from '../bridge';
import { ChecksPanel } from '../checks/ChecksPanel';
import { DatesPanel } from '../dates/DatesPanel';
import { EmbargoBanner } from '../dates/EmbargoBanner';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { TrashDialog } from '../dialogs/TrashDialog';
import type { BodyPaneHandle } from '../editor/body/BodyPane';
import { ArticleHeader } from '../editor/ArticleHeader';
import { tiptapBody } from '../editor/tiptapBody';
import { UnreadablePanel } from '../editor/UnreadablePanel';
import { useBodyEditor } from '../editor/useBodyEditor';
import { useExchange } from '../export/useExchange';
import { DetailsPanel } from '../fields/DetailsPanel';
import { Sidebar } from '../library/Sidebar';
import { useLibrary } from '../library/useLibrary';
import { Desk } from '../session/desk';
import { QuoteSuggestion } from '../quotes/QuoteSuggestion';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SourcesPanel } from '../sources/SourcesPanel';
import type { SettingsStore } from '../settings/useSettings';
import { ArticleBody } from './ArticleBody';
import { useDeskEvents, type MenuCommand } from './useDeskEvents';
import { useFocusMode } from './useFocusMode';
import { useRecovery } from './useRecovery';
import { WindowTitle } from './WindowTitle';

interface WorkspaceProps {
  api: BylineApi;
  settings: SettingsStore;
  onToggleTheme: () => void;
  onLibraryState: (state: LibraryState) => void;
}

export function Workspace({ api, settings: settingsStore, onToggleTheme, onLibraryState }: WorkspaceProps) {
  const deskRef = useRef<Desk | null>(null);
  const pane = useRef<BodyPaneHandle | null>(null);
  const library = useLibrary(api);
  const { focusMode, toggleFocusMode } = useFocusMode();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [trashing, setTrashing] = useState<{ id: string; headline: string } | null>(null);
  const fallback = useMemo(() => defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const settings = settingsStore.settings ?? fallback;
  const editor = useBodyEditor((message) => deskRef.current?.contentError(message), settings.smartTypography);
  const body = useMemo(() => tiptapBody(editor), [editor]);
  const desk = useMemo(() => new Desk({ api, body }), [api, body]);
  // The editor is made before the desk it reports content errors to; it finds the desk through this.
  useLayoutEffect(() => {
    deskRef.current = desk;
  }, [desk]);
  const { view, notice } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
  const recovery = useRecovery(api, desk);
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

  const duplicate = useCallback(() => {
    if (desk.session) void desk.duplicate(desk.session.id);
  }, [desk]);
  const exchange = useExchange({ api, desk, onLibraryChanged: library.refresh });

  const onMenu = useCallback(
    (command: MenuCommand) => {
      const actions: Record<MenuCommand, () => void> = {
        ...exchange.commands,
        newArticle: () => void desk.create(),
        duplicateArticle: duplicate,
        save: () => void desk.saveNow(),
        closeArticle: () => void desk.close(),
        toggleTheme: onToggleTheme,
        toggleFocusMode,
        openSettings: () => setSettingsOpen(true),
        findInArticle: () => pane.current?.openFind('find'),
        replaceInArticle: () => pane.current?.openFind('replace'),
        openLibrary: () =>
          void desk.close().then(async () => {
            if (desk.session) return;
            const chosen = await api.setupLibrary({ choice: 'choose' });
            if (chosen.ok) onLibraryState(chosen.value);
          }),
      };
      actions[command]();
    },
    [api, desk, duplicate, onToggleTheme, toggleFocusMode, onLibraryState, exchange.commands],
  );
  useDeskEvents(api, desk, onMenu);

  const open = (entry: LibraryEntry) =>
    void (entry.kind === 'article' ? desk.open(entry.id) : desk.showUnreadable(entry));
  const selectedKey =
    view.kind === 'article'
      ? `article:${view.session.id}`
      : view.kind === 'unreadable'
        ? `file:${view.entry.file}`
        : null;
  const saveNow = () => void desk.saveNow();

  return (
    <div className="workspace" data-focus={focusMode ? 'on' : 'off'}>
      {focusMode ? null : (
        <Sidebar
          library={library}
          selectedKey={selectedKey}
          sections={settings.sections}
          onOpen={open}
          onNew={() => void desk.create()}
          onSettings={() => setSettingsOpen(true)}
        />
      )}
      <main className="desk">
        {notice ? (
          <div role="status" aria-label="Notice" className="notice">
            {notice}{' '}
            <button type="button" className="quiet" onClick={() => desk.dismissNotice()}>
              Dismiss
            </button>
          </div>
        ) : null}
        {session ? <EmbargoBanner key={`embargo-${session.id}`} session={session} settings={settings} /> : null}
        {session ? (
          <ArticleHeader
            key={session.id}
            session={session}
            focusMode={focusMode}
            headlineLimit={settings.headlineLimit}
            onToggleFocus={toggleFocusMode}
            onDuplicate={duplicate}
            onShowInFolder={() => void api.showInFolder({ file: session.file })}
            onTrash={() => setTrashing({ id: session.id, headline: session.getSnapshot().headline })}
            onKeepAsSeparate={() => void desk.keepAsSeparateArticle()}
            onHeadlineEnter={() => editor.commands.focus('start')}
            onLeaveField={saveNow}
          />
        ) : null}
        {view.kind === 'unreadable' ? (
          <UnreadablePanel entry={view.entry} onShowInFolder={() => void api.showInFolder({ file: view.entry.file })} />
        ) : null}
        {view.kind === 'empty' ? (
          <p className="desk-empty">Open an article from the library, or start a new one.</p>
        ) : null}
        <ArticleBody editor={editor} session={session} pane={pane} />
        {session ? <QuoteSuggestion key={`quotes-${session.id}`} editor={editor} session={session} /> : null}
      </main>
      {session && !focusMode ? (
        <SidePanels key={session.id}>
          {{
            Details: () => <DetailsPanel session={session} settings={settings} onLeaveField={saveNow} />,
            Sources: () => <SourcesPanel session={session} editor={editor} />,
            Quotes: () => <QuotesPanel session={session} editor={editor} />,
            Checks: (show) => <ChecksPanel session={session} editor={editor} settings={settings} onShowPanel={show} />,
            Dates: () => <DatesPanel session={session} editor={editor} settings={settings} />,
          }}
        </SidePanels>
      ) : null}
      <WindowTitle session={session} />
      {exchange.element}
      {session ? <SessionConflict session={session} desk={desk} /> : null}
      {settingsOpen ? (
        <SettingsDialog settings={settings} onSave={settingsStore.update} onClose={() => setSettingsOpen(false)} />
      ) : null}
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
      {recovery.offered ? (
        <RecoveryDialog
          key={recovery.offered.id}
          backup={recovery.offered}
          onRestore={recovery.restore}
          onDiscard={recovery.discard}
        />
      ) : null}
    </div>
  );
}

const SIDE_PANELS = ['Details', 'Sources', 'Quotes', 'Checks', 'Dates'] as const;
type SidePanel = (typeof SIDE_PANELS)[number];

/** The details area beside the body: one panel at a time; a panel can bring another into view. */
function SidePanels({ children }: { children: Record<SidePanel, (show: (panel: SidePanel) => void) => ReactNode> }) {
  const [shown, setShown] = useState<SidePanel>('Details');
  return (
    <div className="side-panels">
      <div role="tablist" aria-label="Article panels" className="side-tabs">
        {SIDE_PANELS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={shown === name}
            className="quiet"
            onClick={() => setShown(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={shown} className="side-panel">
        {children[shown](setShown)}
      </div>
    </div>
  );
}

function SessionConflict({ session, desk }: { session: NonNullable<Desk['session']>; desk: Desk }) {
  const conflict = useSyncExternalStore(session.subscribe, () => session.getSnapshot().conflict);
  return conflict ? (
    <ConflictDialog message={conflict} onChoose={(choice) => void desk.resolveConflict(choice)} />
  ) : null;
}
