// File › Export Article… and File › Export Library…: choose the folder, export with a progress bar
// and Cancel, then read what failed and open the folder. Main does the work; the page only shows it.
import { useState } from 'react';
import type { Article } from '../../core/article/article';
import { Modal } from '../dialogs/Modal';
import { CopyAsHtml } from './CopyAsHtml';
import { articlesText, type ExportApi, type ExportTarget } from './exportApi';
import { ExportProgress } from './ExportProgress';
import { ExportReport } from './ExportReport';
import { ExportSetup, type ExportChoices } from './ExportSetup';
import { useExportRun } from './useExportRun';
import './export.css';

interface ExportDialogProps {
  api: ExportApi;
  target: ExportTarget;
  /** The folder chosen last time, still remembered by main. */
  folder: string | null;
  onFolder(folder: string): void;
  /** The open article as it is on screen, for Copy as HTML. */
  draft?: () => Article;
  /** Saves the open article first, so its export is what the reporter sees. */
  beforeExport(): Promise<void>;
  onClose(): void;
}

export function ExportDialog({ api, target, folder, onFolder, draft, beforeExport, onClose }: ExportDialogProps) {
  const [choices, setChoices] = useState<ExportChoices>({ folder, ninjs: false, chosen: null });
  const { run, problem, setProblem, start, cancel } = useExportRun(api);
  const title = target.kind === 'article' ? 'Export article' : 'Export library';
  const nothingChosen = choices.chosen !== null && choices.chosen.size === 0;

  const exportNow = async () => {
    await beforeExport();
    const { ninjs, chosen } = choices;
    if (target.kind === 'article') return start(1, () => api.exportArticle({ id: target.id, ninjs }));
    const articles = chosen === null ? 'all' : [...chosen];
    return start(articles === 'all' ? 0 : articles.length, () => api.exportArticles({ articles, ninjs }));
  };

  return (
    <Modal title={title} className="export-dialog" onEscape={run.phase === 'running' ? cancel : onClose}>
      {target.kind === 'article' ? <p className="export-what">{target.headline || 'Untitled'}</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {run.phase === 'setup' ? (
        <>
          <ExportSetup
            api={api}
            choices={choices}
            offerChoice={target.kind === 'library'}
            onChange={(next) => {
              setChoices(next);
              if (next.folder !== null) onFolder(next.folder);
            }}
            onProblem={setProblem}
          >
            {draft ? <CopyAsHtml api={api} draft={draft} /> : null}
          </ExportSetup>
          <div className="actions">
            <button type="button" disabled={choices.folder === null || nothingChosen} onClick={() => void exportNow()}>
              {choices.chosen ? `Export ${articlesText(choices.chosen.size)}` : 'Export'}
            </button>
            <button type="button" className="quiet" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : null}
      {run.phase === 'running' ? (
        <ExportProgress done={run.done} total={run.total} cancelling={run.cancelling} onCancel={cancel} />
      ) : null}
      {run.phase === 'finished' ? (
        <ExportReport
          summary={run.summary}
          onShowFiles={() =>
            void api.showExportedFiles({}).then((shown) => {
              if (!shown.ok) setProblem(shown.error.message);
            })
          }
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}
