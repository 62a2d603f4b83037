// The export operations: the folder the reporter chose (kept here, so the page never sends a path),
// one article's page, a batch with throttled progress and Cancel, and Copy as HTML's fragment.
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createExporter } from '../../core/export/exporter';
import type { ExportSummary } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { BylineError } from '../../core/ipc/errors';
import { asIoError } from '../library/disk-errors';
import { exportBatch } from '../library/export/batch-export';
import { defaultPagePath, exportOne } from '../library/export/export-one';
import { libraryArticleFiles } from '../library/export/library-articles';
import { INDEX_NAME } from '../library/export/output-names';
import type { ArticleStore, ExchangeServices, Host, LibraryIndex, SettingsService } from './services';

type ExportOperations =
  | 'chooseExportFolder'
  | 'exportArticle'
  | 'exportArticles'
  | 'cancelExport'
  | 'showExportedFiles'
  | 'copyArticleAsHtml';

export interface ExportHandlerDeps {
  host: Host;
  settings: SettingsService;
  exchange: ExchangeServices | undefined;
  library(): { store: ArticleStore; index: LibraryIndex };
}

const PROGRESS_INTERVAL_MS = 100;

export function createExportHandlers(deps: ExportHandlerDeps): Pick<Handlers, ExportOperations> {
  let folder: string | null = null;
  let running: AbortController | null = null;
  let lastExported: string | null = null;

  const exchange = (): ExchangeServices => {
    if (!deps.exchange) throw new BylineError('UNAVAILABLE', 'Export and import are not available in this host.');
    return deps.exchange;
  };
  const chosenFolder = (): string => {
    if (folder === null) throw new BylineError('BAD_ARGUMENTS', 'Choose the folder to export to first.');
    return folder;
  };
  const oneAtATime = (): AbortController => {
    if (running)
      throw new BylineError('FORBIDDEN', 'An export is already running: wait for it to finish or cancel it.');
    running = new AbortController();
    return running;
  };

  return {
    chooseExportFolder: async () => {
      const chosen = await exchange().host.chooseExportFolder();
      if (chosen !== null) folder = chosen;
      return { folder };
    },
    exportArticle: async ({ id, ninjs }) => {
      const outDir = chosenFolder();
      const { store, index } = deps.library();
      const file = await index.locate(id);
      if (!file) throw new BylineError('NOT_FOUND', 'That article is no longer in the library.');
      const source = store.pathOf(file);
      const controller = oneAtATime();
      try {
        // The chosen folder may have gone since (a drive unplugged, a folder deleted): make it again.
        await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
          throw asIoError(`Could not create the export folder ${outDir}`, error);
        });
        const written = await exportOne(source, {
          out: join(outDir, basename(defaultPagePath(source))),
          ninjs,
          settings: deps.settings.get(),
        });
        lastExported = written.html;
        return { folder: outDir, exported: 1, failed: [], cancelled: false };
      } finally {
        if (running === controller) running = null;
      }
    },
    exportArticles: async ({ articles, ninjs }) => {
      const outDir = chosenFolder();
      const { store, index } = deps.library();
      const controller = oneAtATime();
      try {
        const failed: ExportSummary['failed'] = [];
        let files: string[];
        if (articles === 'all') {
          files = await libraryArticleFiles(store.folder);
        } else {
          files = [];
          for (const id of articles) {
            const file = await index.locate(id);
            if (file) files.push(store.pathOf(file));
            else failed.push({ file: id, error: 'That article is no longer in the library.' });
          }
        }
        const { exportProgress, progressIntervalMs, exportDisk } = exchange();
        const report = throttled(exportProgress, progressIntervalMs ?? PROGRESS_INTERVAL_MS, Date.now);
        report({ done: 0, total: files.length });
        const result = await exportBatch({
          files,
          outDir,
          settings: deps.settings.get(),
          ninjs,
          signal: controller.signal,
          onProgress: report,
          ...(exportDisk ? { fs: exportDisk } : {}),
        });
        lastExported = result.cancelled ? outDir : join(outDir, `${INDEX_NAME}.html`);
        failed.push(...result.failed.map((failure) => ({ file: basename(failure.path), error: failure.error })));
        return { folder: outDir, exported: result.exported.length, failed, cancelled: result.cancelled };
      } finally {
        if (running === controller) running = null;
      }
    },
    cancelExport: async () => {
      running?.abort();
      return {};
    },
    showExportedFiles: async () => {
      if (lastExported === null) throw new BylineError('NOT_FOUND', 'Nothing has been exported yet.');
      deps.host.showInFolder(lastExported);
      return {};
    },
    copyArticleAsHtml: async ({ article, header }) => {
      const host = exchange().host;
      let flavours: { html: string; text: string };
      try {
        flavours = createExporter(deps.settings.get()).fragment(article, { header });
      } catch (error) {
        // A body the schema cannot hold (the JSON shape passed, ProseMirror's stricter check did not).
        throw new BylineError(
          'INVALID_ARTICLE',
          `The article cannot be copied as HTML: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      host.writeClipboard({ html: flavours.html, text: flavours.text });
      return {};
    },
  };
}

/**
 * Passes progress on at most once per interval, but always the first and the last, so the bar
 * starts at once and ends full however fast the batch runs.
 */
export function throttled(
  send: (progress: { done: number; total: number }) => void,
  intervalMs: number,
  now: () => number,
) {
  let last = -Infinity;
  return ({ done, total }: { done: number; total: number }): void => {
    const at = now();
    if (done !== 0 && done !== total && at - last < intervalMs) return;
    last = at;
    send({ done, total });
  };
}
