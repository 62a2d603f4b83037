// Worker thread entry: one import, off the main thread, then the thread ends. Whatever a file costs
// (jsdom's page model, mammoth, quote detection, checking the article and serializing it) is paid
// here, within the limits the runner set, and freed all at once when the thread stops: what comes
// back is the article file's bytes, handed over without a copy, and the little the main thread
// needs to place them (id, slug, headline). Nothing of the article is parsed or built on the main
// thread, whatever its size.
import { parentPort, workerData } from 'node:worker_threads';
import { importArticleFile, type ImportedFile } from './import-file';

export interface ImportRequest {
  path: string;
  timeZone: string;
}

/** The article's file, or the sentence that says why the file cannot be imported. */
export type ImportReply = { file: ImportedFile } | { refusal: string };

const request = workerData as ImportRequest;

importArticleFile(request.path, { timeZone: request.timeZone }).then(
  // The bytes' buffer is moved to the main thread, not copied.
  (file) => parentPort?.postMessage({ file } satisfies ImportReply, [file.bytes.buffer as ArrayBuffer]),
  (error: unknown) =>
    parentPort?.postMessage({ refusal: error instanceof Error ? error.message : String(error) } satisfies ImportReply),
);
