// The file-to-file loop of a batch export, whatever renders the pages: read and check each
// article, render it, write its files atomically (a few writes in flight, so memory stays flat
// and the disk stays busy), report progress, honour Cancel, and write the index at the end.
import { join } from 'node:path';
import type { Article } from '../../../core/article/article';
import { whyNotExported } from '../../../core/export/unpublishable';
import { BylineError } from '../../../core/ipc/errors';
import { syncFolder, writeFileAtomic } from '../atomic-write';
import { asIoError } from '../disk-errors';
import type { FileSystem } from '../file-system';
import { checkExportTarget } from './export-targets';
import { indexPage, type IndexEntry } from './index-page';
import { INDEX_NAME, OutputNames } from './output-names';
import { ReadAhead } from './read-ahead';
import { readForExport } from './read-for-export';
import { WriteWindow } from './write-window';

export interface BatchProgress {
  /** Articles finished so far, exported or failed. */
  done: number;
  total: number;
  /** The article file just finished. */
  current: string;
}

export interface BatchExportResult {
  /** In the order of the files given; `output` is the page, its `.ninjs.json` (if asked for) lies beside it. */
  exported: { path: string; output: string }[];
  failed: { path: string; error: string }[];
  cancelled: boolean;
}

/** The files of one article: the page, and the ninjs item when asked for. */
export interface RenderedPages {
  html: string;
  ninjs: string | null;
}

export interface PipelineOptions {
  files: string[];
  outDir: string;
  render: (article: Article) => RenderedPages;
  newsroomName: string;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  fs: FileSystem;
}

/** Pages being written at once (see WriteWindow); also the most rendered pages held in memory. */
export const WRITES_IN_FLIGHT = 8;
/** Articles read ahead of the one rendering (see ReadAhead). */
export const READS_AHEAD = 4;

const utf8 = new TextEncoder();

type Exported = IndexEntry & { order: number; path: string; output: string };

/**
 * Per-article problems (unreadable, invalid, too large, a page that cannot be rendered) are
 * listed in `failed` and the batch goes on. A write that fails ends the batch with an error:
 * a full disk or a vanished folder would refuse every article after it too.
 *
 * Cancel stops before the next article is read; the pages already being written are finished
 * (each file appears whole or not at all) and listed. `index.html` is written only for a batch
 * that ran to its end: it stands for a finished export.
 */
export async function runExportPipeline(options: PipelineOptions): Promise<BatchExportResult> {
  const { files, outDir, render, signal, onProgress, fs } = options;
  await fs.mkdir(outDir).catch((error: unknown) => {
    throw asIoError(`Could not create the export folder ${outDir}`, error);
  });
  const names = new OutputNames();
  const window = new WriteWindow(WRITES_IN_FLIGHT);
  const ahead = new ReadAhead(files, READS_AHEAD, (path) => readForExport(fs, path, { stayInFolder: true }));
  const exported: Exported[] = [];
  const failed: BatchExportResult['failed'] = [];
  const finished = (current: string) =>
    onProgress?.({ done: exported.length + failed.length, total: files.length, current });
  // Each page is synced before its rename; the folder's entries are flushed once, at the end.
  const write = (name: string, text: string) =>
    writeFileAtomic(join(outDir, name), utf8.encode(text), { fs, syncFolder: false });
  let cancelled = false;

  for (const [order, path] of files.entries()) {
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    if (window.failed) break;
    const read = await ahead.take(order);
    const pages = read.ok ? renderSafely(render, read.article) : read;
    if (!pages.ok) {
      failed.push({ path, error: pages.error });
      finished(path);
      continue;
    }
    const { headline, slug } = pages.article;
    const name = names.claim(slug);
    const refused = await refusedOutput(
      fs,
      path,
      join(outDir, `${name}.html`),
      pages.ninjs === null ? null : join(outDir, `${name}.ninjs.json`),
    );
    if (refused !== null) {
      failed.push({ path, error: refused });
      finished(path);
      continue;
    }
    await window.add(async () => {
      await write(`${name}.html`, pages.html);
      if (pages.ninjs !== null) await write(`${name}.ninjs.json`, pages.ninjs);
      exported.push({ order, path, output: join(outDir, `${name}.html`), headline, file: `${name}.html` });
      finished(path);
    });
  }
  try {
    await window.drain();
    exported.sort((a, b) => a.order - b.order);
    if (!cancelled) await write(`${INDEX_NAME}.html`, indexPage(exported, options.newsroomName));
    await syncFolder(fs, outDir);
  } catch (error) {
    throw stopped(error, exported.length);
  }
  return { exported: exported.map(({ path, output }) => ({ path, output })), failed, cancelled };
}

/** Why the article's page or ninjs file may not be written where it would go (see export-targets.ts), or null. */
async function refusedOutput(
  fs: FileSystem,
  article: string,
  page: string,
  ninjs: string | null,
): Promise<string | null> {
  try {
    await checkExportTarget(fs, article, page, null);
    if (ninjs !== null) await checkExportTarget(fs, article, ninjs, null);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

type Rendered = ({ ok: true; article: Article } & RenderedPages) | { ok: false; error: string };

function renderSafely(render: PipelineOptions['render'], article: Article): Rendered {
  try {
    return { ok: true, article, ...render(article) };
  } catch (error) {
    // Rendering is where the body meets the schema: what fails here is content this version does not know.
    return { ok: false, error: whyNotExported(error) };
  }
}

function stopped(error: unknown, exportedSoFar: number): BylineError {
  const message = error instanceof Error ? error.message : String(error);
  return new BylineError('IO', `${message} The export stopped; ${exportedSoFar} article(s) had been exported.`);
}
