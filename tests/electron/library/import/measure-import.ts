// Run as a child process by the hostile-import test: one import through the import worker, as the
// app and the command line run it, measured from the outside. The process does nothing else, so
// its peak resident memory above what it held before the import is the import's own peak (the
// worker's heap, jsdom, mammoth, the unpacked archive), whatever the worker allocated it as.
// Prints one JSON line: { outcome, ms, beforeMb, peakMb }; an article is described by its shape.
import { markedQuotes } from '../../../../core/attribution/marked-quotes';
import { bodySchema } from '../../../../core/body/schema';
import { importInWorker } from '../../../../electron/library/import/run-import';
import type { ImportedShape } from './hostile-corpus';

const [file, entry] = process.argv.slice(2);
if (!file) throw new Error('usage: measure-import.ts FILE [WORKER_ENTRY]');

const beforeMb = process.memoryUsage().rss / (1024 * 1024);
const started = performance.now();
let outcome: { article: ImportedShape } | { refusal: string };
let ms: number;
try {
  const article = await importInWorker(file, { timeZone: 'UTC', entry });
  ms = performance.now() - started;
  const quotations = new Set(markedQuotes(bodySchema().nodeFromJSON(article.body)).map((quote) => quote.quoteId)).size;
  outcome = {
    article: {
      headline: article.headline,
      paragraphs: article.body.content?.length ?? 0,
      sources: article.sources.length,
      quotations,
    },
  };
} catch (error) {
  ms = performance.now() - started;
  outcome = { refusal: error instanceof Error ? error.message : String(error) };
}
const peakMb = process.resourceUsage().maxRSS / 1024 - beforeMb;
process.stdout.write(
  `${JSON.stringify({ outcome, ms: Math.round(ms), beforeMb: Math.round(beforeMb), peakMb: Math.round(peakMb) })}\n`,
);
