// Exporting one article file, for the command line: the page (or a fragment for a CMS) and, on
// request, its ninjs file beside it.
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ARTICLE_EXTENSION } from '../../../core/article/format';
import { createExporter } from '../../../core/export/exporter';
import { whyNotExported } from '../../../core/export/unpublishable';
import { BylineError } from '../../../core/ipc/errors';
import type { Settings } from '../../../core/settings/settings';
import { writeFileAtomic } from '../atomic-write';
import { nodeFileSystem, type FileSystem } from '../file-system';
import { checkExportTarget } from './export-targets';
import { readForExport } from './read-for-export';

export interface ExportOneOptions {
  /** Where the page goes; default beside the file, `.html` in place of `.byline.json`. */
  out?: string;
  /** Only the body, without the header or `<head>`, for pasting into a CMS. */
  fragment?: boolean;
  /** Also write `<name>.ninjs.json` beside the page. */
  ninjs?: boolean;
  settings: Settings;
  fs?: FileSystem;
}

export interface ExportOneResult {
  html: string;
  ninjs: string | null;
}

const utf8 = new TextEncoder();

/** `stories/storm.byline.json` → `stories/storm.html`. */
export function defaultPagePath(file: string): string {
  return join(dirname(file), `${withoutExtension(basename(file))}.html`);
}

/** `out/storm.html` → `out/storm.ninjs.json`. */
export function ninjsPathBeside(page: string): string {
  return join(dirname(page), `${withoutExtension(basename(page))}.ninjs.json`);
}

function withoutExtension(name: string): string {
  if (name.endsWith(ARTICLE_EXTENSION) && name.length > ARTICLE_EXTENSION.length)
    return name.slice(0, -ARTICLE_EXTENSION.length);
  const extension = extname(name);
  return extension === '' ? name : name.slice(0, -extension.length);
}

/**
 * Writes the page (and the ninjs file) and returns their absolute paths. An unfit file, a body
 * that cannot be exported, or an output that is a folder or an article file (export-targets.ts)
 * throws with the file named, and nothing is written.
 */
export async function exportOne(file: string, options: ExportOneOptions): Promise<ExportOneResult> {
  const fs = options.fs ?? nodeFileSystem;
  const source = resolve(file);
  const page = resolve(options.out ?? defaultPagePath(source));
  const ninjs = options.ninjs ? ninjsPathBeside(page) : null;
  await checkExportTarget(fs, source, page, join(page, basename(defaultPagePath(source))));
  if (ninjs !== null)
    await checkExportTarget(fs, source, ninjs, join(ninjs, basename(ninjsPathBeside(defaultPagePath(source)))));
  const read = await readForExport(fs, source, { stayInFolder: false });
  if (!read.ok) throw new BylineError('UNREADABLE', `${source}: ${read.error}`);
  const exporter = createExporter(options.settings);
  let html: string;
  let ninjsText: string | null;
  try {
    html = options.fragment ? exporter.fragment(read.article, { header: false }).html : exporter.document(read.article);
    ninjsText = ninjs === null ? null : JSON.stringify(exporter.ninjs(read.article), null, 2) + '\n';
  } catch (error) {
    throw new BylineError('INVALID_ARTICLE', `${source}: ${whyNotExported(error)}`);
  }
  // `-o` may name a folder that does not exist yet, as `export-all` may.
  await fs.mkdir(dirname(page)).catch((error: unknown) => {
    throw new BylineError(
      'IO',
      `Could not create the folder ${dirname(page)}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  });
  await writeFileAtomic(page, utf8.encode(html), { fs });
  if (ninjs !== null && ninjsText !== null) await writeFileAtomic(ninjs, utf8.encode(ninjsText), { fs });
  return { html: page, ninjs };
}
