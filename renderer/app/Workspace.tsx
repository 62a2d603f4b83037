// The working screen once a library is open, designed as one piece: the library, the article on
// the desk, the side panel with its details, and one status bar along the window's foot; each side
// folds to a rail, and on a narrow window opens over the article (useWorkspaceLayout). Dialogs sit
// above it all.
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
import { Notice } from '../dialogs/Notice';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { TrashDialog } from '../dialogs/TrashDialog';
import type { BodyPaneHandle } from '../editor/body/BodyPane';
import { ArticleHeader } from '../editor/ArticleHeader';
import { tiptapBody } from '../editor/tiptapBody';
import { UnreadablePanel } from '../editor/UnreadablePanel';
import { useBodyEditor } from '../editor/useBodyEditor';
import { PreviewPane } from '../export/PreviewPane';
import { useExchange } from '../export/useExchange';
import { DetailsPanel } from '../fields/DetailsPanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { restoreInDesk } from '../history/restoreInDesk';
import { withSaveReasons } from '../history/saveReason';
import { useDecisionRevisions } from '../history/suggestionDecisions';
import { useHistoryBookkeeping } from '../history/useHistoryBookkeeping';
import { Sidebar } from '../library/Sidebar';
import { useLibrary } from '../library/useLibrary';
import { Desk } from '../session/desk';
import { QuoteSuggestion } from '../quotes/QuoteSuggestion';
import { QuoteTitlesSync } from '../quotes/quoteTitles';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { ReviewDesk } from '../review/reviewDesk';
import { ReviewHighlightSync } from '../review/ReviewHighlightSync';
import { ReviewPanel } from '../review/ReviewPanel';
import { SuggestToggle } from '../review/SuggestToggle';
import { useReviewKeys } from '../review/useReviewKeys';
import { suggesterName } from '../review/useSuggesting';
import { offeredName } from '../dates/stampName';
import { SettingsDialog } from '../settings/SettingsDialog';
import { SourcesPanel } from '../sources/SourcesPanel';
import type { SettingsStore } from '../settings/useSettings';
import { ArticleBody } from './ArticleBody';
import { useDeskEvents, type MenuCommand } from './useDeskEvents';
import { DeskHeading } from './DeskHeading';
import { SidePanels, type SidePanel } from './SidePanels';
import { StatusBar } from './StatusBar';
import { useFocusMode } from './useFocusMode';
import { useRecovery } from './useRecovery';
import { useWorkspaceLayout } from './useWorkspaceLayout';
import { WindowTitle } from './WindowTitle';

interface WorkspaceProps {
  api: BylineApi;
  settings: SettingsStore;
  onToggleTheme: () => void;
  onLibraryState: (state: LibraryState) => void;
  /** A notice from the app about its own state (a settings file set aside), shown on the desk. */
  appNotice?: ReactNode;
}

export function Workspace({ api, settings: settingsStore, onToggleTheme, onLibraryState, appNotice }: WorkspaceProps) {
  const deskRef = useRef<Desk | null>(null);
  const pane = useRef<BodyPaneHandle | null>(null);
  const { focusMode, reveal, toggleFocusMode } = useFocusMode();
  const layout = useWorkspaceLayout();
  const [shownPanel, setShownPanel] = useState<SidePanel>('Details');
  const { setOpen: setPanelOpen } = layout.panel;
  const showPanel = useCallback(
    (panel: SidePanel) => {
      setShownPanel(panel);
      setPanelOpen(true);
    },
    [setPanelOpen],
  );
  const showReview = useCallback(() => showPanel('Review'), [showPanel]);
  const reviewDesk = useMemo(() => new ReviewDesk(), []);
  const scroller = useRef<HTMLElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [trashing, setTrashing] = useState<{ id: string; headline: string } | null>(null);
  // The article shown as its exported page instead of the editor; another article opens in the editor.
  const [previewed, setPreviewed] = useState<string | null>(null);
  const fallback = useMemo(() => defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const settings = settingsStore.settings ?? fallback;
  const library = useLibrary(api, settings.yourName);
  const editor = useBodyEditor(
    (message) => deskRef.current?.contentError(message),
    settings.smartTypography,
    suggesterName(settings.yourName, offeredName(settings)),
  );
  const body = useMemo(() => tiptapBody(editor), [editor]);
  // Every save says why it matters to the history (a stage move, a stamp, an accept): saveReason.ts.
  // Who is at the keyboard, read when a published story reopens; the desk outlives a change of name.
  const [keyboard] = useState(() => new Keyboard(settings.yourName));
  useEffect(() => keyboard.sitsDown(settings.yourName), [keyboard, settings.yourName]);
  const desk = useMemo(
    () => new Desk({ api: withSaveReasons(api), body, sessionOptions: { whoIsEditing: keyboard.who } }),
    [api, body, keyboard],
  );
  // The editor is made before the desk it reports content errors to; it finds the desk through this.
  useLayoutEffect(() => {
    deskRef.current = desk;
  }, [desk]);
  const { view, notice } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
  const recovery = useRecovery(api, desk);
  const looked = useHistoryBookkeeping(api, desk, settings.yourName);
  useDecisionRevisions(editor, desk);
  const session = view.kind === 'article' ? view.session : null;
  const previewing = session !== null && previewed === session.id;
  useReviewKeys(editor, reviewDesk, session !== null, showReview);

  // Another article opens at its headline, not at the scroll position of the one before.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [session?.id]);

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
    <div
      className="workspace"
      data-focus={focusMode ? 'on' : 'off'}
      data-reveal={reveal}
      data-library={focusMode ? 'none' : layout.library.layout}
      data-panel={focusMode || !session ? 'none' : layout.panel.layout}
    >
      {focusMode ? null : (
        <Sidebar
          library={library}
          part={layout.library}
          selectedKey={selectedKey}
          sections={settings.sections}
          onOpen={open}
          onNew={() => void desk.create()}
          onImport={exchange.commands.importArticle}
          onSettings={() => setSettingsOpen(true)}
        />
      )}
      <main ref={scroller} className="desk" data-article-scroller="">
        <DeskHeading session={session} />
        {appNotice}
        {notice ? <Notice text={notice} tone="alert" label="Notice" onDismiss={() => desk.dismissNotice()} /> : null}
        {session ? <EmbargoBanner key={`embargo-${session.id}`} session={session} settings={settings} /> : null}
        {session && previewing ? (
          <div className="desk-preview">
            <PreviewPane session={session} editor={editor} settings={settings} onClose={() => setPreviewed(null)} />
          </div>
        ) : null}
        <div className="desk-article" hidden={previewing}>
          {session ? (
            <ArticleHeader
              key={session.id}
              session={session}
              focusMode={focusMode}
              headlineLimit={settings.headlineLimit}
              onToggleFocus={toggleFocusMode}
              onTogglePreview={() => setPreviewed(session.id)}
              onDuplicate={duplicate}
              onShowInFolder={() => void api.showInFolder({ file: session.file })}
              onTrash={() => setTrashing({ id: session.id, headline: session.getSnapshot().headline })}
              onKeepAsSeparate={() => void desk.keepAsSeparateArticle()}
              onHeadlineEnter={() => editor.commands.focus('start')}
              onLeaveField={saveNow}
            />
          ) : null}
          {view.kind === 'unreadable' ? (
            <UnreadablePanel
              entry={view.entry}
              onShowInFolder={() => void api.showInFolder({ file: view.entry.file })}
            />
          ) : null}
          {view.kind === 'empty' ? (
            <p className="desk-empty">Open an article from the library, or start a new one.</p>
          ) : null}
          <ArticleBody editor={editor} session={session} pane={pane} />
        </div>
        {session ? <QuoteSuggestion key={`quotes-${session.id}`} editor={editor} session={session} /> : null}
        {session ? <QuoteTitlesSync key={`titles-${session.id}`} editor={editor} session={session} /> : null}
        {session ? (
          <ReviewHighlightSync
            key={`review-${session.id}`}
            session={session}
            editor={editor}
            desk={reviewDesk}
            onShowReview={showReview}
          />
        ) : null}
        {exchange.element}
      </main>
      {session && !focusMode ? (
        <SidePanels part={layout.panel} shown={shownPanel} onShow={showPanel} articleKey={session.id}>
          {{
            Details: () => <DetailsPanel session={session} settings={settings} onLeaveField={saveNow} />,
            Sources: () => <SourcesPanel session={session} editor={editor} timeZone={settings.timeZone} />,
            Quotes: () => <QuotesPanel session={session} editor={editor} />,
            Checks: (show) => <ChecksPanel session={session} editor={editor} settings={settings} onShowPanel={show} />,
            Dates: () => <DatesPanel session={session} editor={editor} settings={settings} />,
            Review: (show) => (
              <ReviewPanel session={session} editor={editor} desk={reviewDesk} settings={settings} onShowPanel={show} />
            ),
            History: () => (
              <HistoryPanel
                session={session}
                api={api}
                looked={looked}
                settings={settings}
                onRestore={(rev) => restoreInDesk(desk, api, rev)}
              />
            ),
          }}
        </SidePanels>
      ) : null}
      <StatusBar
        session={session}
        editor={editor}
        mode={session ? <SuggestToggle editor={editor} session={session} /> : undefined}
      />
      <WindowTitle session={session} />
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

function SessionConflict({ session, desk }: { session: NonNullable<Desk['session']>; desk: Desk }) {
  const conflict = useSyncExternalStore(session.subscribe, () => session.getSnapshot().conflict);
  return conflict ? (
    <ConflictDialog message={conflict} onChoose={(choice) => void desk.resolveConflict(choice)} />
  ) : null;
}

/** The name of the person at the keyboard, as Settings says it now. */
class Keyboard {
  constructor(private name: string) {}
  sitsDown(name: string): void {
    this.name = name;
  }
  who = (): string => this.name;
}
