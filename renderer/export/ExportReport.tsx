// The end of an export: how many articles went where, each one that failed with its reason, and
// the way to the files in the system's file manager.
import type { ExportSummary } from '../../core/ipc/contract';
import { articlesText } from './exportApi';

interface ExportReportProps {
  summary: ExportSummary;
  onShowFiles(): void;
  onClose(): void;
}

export function ExportReport({ summary, onShowFiles, onClose }: ExportReportProps) {
  const what = articlesText(summary.exported);
  const line = summary.cancelled
    ? `Cancelled: ${what} had been exported to ${summary.folder}. Each is complete; there is no index page.`
    : `Exported ${what} to ${summary.folder}.`;
  return (
    <div className="export-report">
      <p role="status">{line}</p>
      {summary.failed.length > 0 ? (
        <>
          <h3 className="export-failed-title">{`Not exported (${summary.failed.length})`}</h3>
          <ul aria-label="Articles not exported" className="export-failed">
            {summary.failed.map((failure) => (
              <li key={failure.file}>
                <span className="folder-path">{failure.file}</span> {failure.error}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="actions">
        {summary.exported > 0 ? (
          <button type="button" onClick={onShowFiles}>
            Show in folder
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
