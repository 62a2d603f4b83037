// Export, Copy as HTML and import for the workspace: the menu commands, the export dialog, the
// window's file drop, and one notice saying how each went.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Desk } from '../session/desk';
import { useImport } from '../import/useImport';
import { Notice } from '../dialogs/Notice';
import { copyArticleAsHtml } from './copyArticle';
import { ExportDialog } from './ExportDialog';
import type { ExportApi, ExportTarget, ImportApi } from './exportApi';

export type ExchangeCommand = 'importArticle' | 'exportArticle' | 'exportLibrary' | 'copyAsHtml';

interface ExchangeDeps {
  api: ExportApi & ImportApi;
  desk: Desk;
  /** The library list changed (an import added an article). */
  onLibraryChanged(): void;
}

type Notice = { text: string; tone: 'status' | 'alert' };

export function useExchange({ api, desk, onLibraryChanged }: ExchangeDeps): {
  commands: Record<ExchangeCommand, () => void>;
  element: ReactNode;
} {
  const [target, setTarget] = useState<ExportTarget | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string, tone: Notice['tone']) => setNotice({ text, tone }), []);
  const open = useCallback((id: string) => desk.open(id), [desk]);
  const { importFromDialog } = useImport({ api, open, onImported: onLibraryChanged, notify });

  const commands = useMemo<Record<ExchangeCommand, () => void>>(
    () => ({
      importArticle: () => void importFromDialog(),
      exportLibrary: () => setTarget({ kind: 'library' }),
      exportArticle: () => {
        const session = desk.session;
        if (!session) return notify('Open an article to export it.', 'alert');
        setTarget({ kind: 'article', id: session.id, headline: session.getSnapshot().headline });
      },
      copyAsHtml: () => {
        const session = desk.session;
        if (!session) return notify('Open an article to copy it as HTML.', 'alert');
        void copyArticleAsHtml(api, session.draft(), false).then((problem) =>
          notify(problem ?? 'Copied the body as HTML.', problem ? 'alert' : 'status'),
        );
      },
    }),
    [api, desk, importFromDialog, notify],
  );

  const session = desk.session;
  const element = (
    <>
      {notice ? (
        <Notice
          text={notice.text}
          tone={notice.tone}
          label="Import and export notice"
          className="exchange-notice"
          onDismiss={() => setNotice(null)}
        />
      ) : null}
      {target ? (
        <ExportDialog
          api={api}
          target={target}
          folder={folder}
          onFolder={setFolder}
          draft={target.kind === 'article' && session?.id === target.id ? () => session.draft() : undefined}
          beforeExport={() => desk.saveNow()}
          onClose={() => setTarget(null)}
        />
      ) : null}
    </>
  );
  return { commands, element };
}
