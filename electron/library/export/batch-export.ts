// Exporting many articles to one folder: chosen ones from the app, or a whole library from the
// command line. One exporter, set up once, renders the whole batch.
import { createExporter } from '../../../core/export/exporter';
import type { Settings } from '../../../core/settings/settings';
import { nodeFileSystem, type FileSystem } from '../file-system';
import { runExportPipeline, type BatchExportResult, type BatchProgress } from './export-pipeline';

export type { BatchExportResult, BatchProgress } from './export-pipeline';

export interface BatchExportOptions {
  files: string[];
  outDir: string;
  settings: Settings;
  /** Also write `<slug>.ninjs.json` beside each page. */
  ninjs?: boolean;
  /** Cancel: the batch stops before the next article (see runExportPipeline). */
  signal?: AbortSignal;
  /** Called as each article finishes, exported or failed. */
  onProgress?: (progress: BatchProgress) => void;
  fs?: FileSystem;
}

/** Writes `<slug>.html` per article (`<slug>-2.html`… when slugs repeat) and `index.html` into `outDir`, creating it. */
export async function exportBatch(options: BatchExportOptions): Promise<BatchExportResult> {
  const { files, outDir, settings, ninjs = false, signal, onProgress } = options;
  const exporter = createExporter(settings);
  return runExportPipeline({
    files,
    outDir,
    newsroomName: settings.newsroomName,
    fs: options.fs ?? nodeFileSystem,
    render: (article) => ({
      html: exporter.document(article),
      ninjs: ninjs ? JSON.stringify(exporter.ninjs(article), null, 2) + '\n' : null,
    }),
    signal,
    onProgress,
  });
}
