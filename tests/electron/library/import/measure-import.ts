// Run as a child process by the hostile-import test: one import as the command line runs it and the
// app places it (the import worker, then the store placing the worker's bytes in a library folder),
// or with --app all of it as the app's main process runs it for a file dropped on the window (its
// handler, which answers the window with the whole article, as the IPC contract has it), measured
// from the outside. The process does nothing else, so its peak resident memory above what it held
// before the import is the import's own peak (the worker's heap, jsdom, mammoth, the unpacked
// archive), and the longest its main thread was busy at a stretch is how long the app's main
// process would stop answering. Without --app, answerMs says what parsing the article for that
// answer would add. The file placed is then read back as the library reads it, and described by
// its shape. Prints one JSON line: { outcome, ms, beforeMb, peakMb, busyMs, stallMs, answerMs }.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArticle } from '../../../../core/article/read';
import { markedQuotes } from '../../../../core/attribution/marked-quotes';
import { bodySchema } from '../../../../core/body/schema';
import { ArticleFileStore } from '../../../../electron/library/article-store';
import { placeImported } from '../../../../electron/library/import/place-import';
import { importInWorker } from '../../../../electron/library/import/run-import';
import type { OpenedArticle } from '../../../../core/ipc/contract';
import { dispatch, type Handlers } from '../../../../core/ipc/dispatch';
import { defaultSettings } from '../../../../core/settings/settings';
import { createImportHandlers } from '../../../../electron/services/import-handlers';
import type { ExchangeServices, LibraryIndex } from '../../../../electron/services/services';
import type { ImportedShape } from './hostile-corpus';

const app = process.argv.includes('--app');
const [path] = process.argv.slice(2).filter((arg) => arg !== '--app');
if (!path) throw new Error('usage: measure-import.ts [--app] FILE');

const library = await mkdtemp(join(tmpdir(), 'byline-measure-'));
const store = new ArticleFileStore({ folder: library, clock: { now: () => new Date().toISOString() }, trash: rm });
const beforeMb = process.memoryUsage().rss / (1024 * 1024);
const probe = mainThreadProbe();
const started = performance.now();
let placed: { file: string; bytes: Uint8Array } | null = null;
let refusal = '';
try {
  placed = app ? await asTheAppDoes(path) : await placeImported(store, await importInWorker(path, { timeZone: 'UTC' }));
} catch (error) {
  refusal = error instanceof Error ? error.message : String(error);
}
const ms = performance.now() - started;
const { busyMs, stallMs } = probe.stop();
const peakMb = process.resourceUsage().maxRSS / 1024 - beforeMb;
const answerMs = placed && !app ? timed(() => JSON.parse(new TextDecoder().decode(placed.bytes))) : 0;
const outcome = placed ? { article: await shapeOf(join(library, placed.file)) } : { refusal };
await rm(library, { recursive: true, force: true });
const round = Math.round;
process.stdout.write(
  `${JSON.stringify({ outcome, ms: round(ms), beforeMb: round(beforeMb), peakMb: round(peakMb), busyMs: round(busyMs), stallMs: round(stallMs), answerMs: round(answerMs) })}\n`,
);

/** The app's handler for a dropped file, over this library; the window's answer is parsed in it. */
async function asTheAppDoes(file: string): Promise<{ file: string; bytes: Uint8Array }> {
  const handlers = createImportHandlers({
    settings: { get: () => defaultSettings('UTC'), update: () => defaultSettings('UTC') },
    exchange: {} as ExchangeServices,
    library: () => ({ store, index: { touched: () => undefined } as unknown as LibraryIndex }),
  }) as Handlers;
  const answer = await dispatch(handlers, 'importDroppedFile', { path: file });
  if (!answer.ok) throw new Error(answer.error.message);
  const opened = answer.value as OpenedArticle;
  return { file: opened.file, bytes: await readFile(join(library, opened.file)) };
}

/**
 * Between two ticks of a 10 ms timer: the longest the event loop was busy (running this thread's
 * own work), and the longest gap beyond the 10 ms. On a loaded machine the system can leave an
 * idle thread waiting for the processor for a while; that is a gap, not work of this thread's.
 */
function mainThreadProbe(): { stop(): { busyMs: number; stallMs: number } } {
  let last = performance.now();
  let lastUse = performance.eventLoopUtilization();
  let busyMs = 0;
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    const use = performance.eventLoopUtilization();
    busyMs = Math.max(busyMs, use.active - lastUse.active);
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
    lastUse = use;
  };
  const timer = setInterval(tick, 10);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { busyMs, stallMs };
    },
  };
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The placed file as the library opens it: it must open, and say what it holds. */
async function shapeOf(file: string): Promise<ImportedShape> {
  const read = readArticle(await readFile(file));
  if (!read.ok) throw new Error(`The imported file does not open: ${read.problem.message}`);
  const { article } = read;
  return {
    headline: article.headline,
    paragraphs: article.body.content?.length ?? 0,
    sources: article.sources.length,
    quotations: new Set(markedQuotes(bodySchema().nodeFromJSON(article.body)).map((quote) => quote.quoteId)).size,
  };
}
