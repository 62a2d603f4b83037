// Worker thread entry: one import, off the main thread, then the thread ends. Whatever a file costs
// (jsdom's page model, mammoth, quote detection) is paid here, within the limits the runner set,
// and freed all at once when the thread stops: nothing of it stays in the app.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../../core/article/article';
import { importFile } from './import-file';

export interface ImportRequest {
  path: string;
  timeZone: string;
}

/** The article, or the sentence that says why the file cannot be imported. */
export type ImportReply = { article: Article } | { refusal: string };

const post = (reply: ImportReply) => parentPort?.postMessage(reply);
const request = workerData as ImportRequest;

importFile(request.path, { timeZone: request.timeZone }).then(
  (article) => post({ article }),
  (error: unknown) => post({ refusal: error instanceof Error ? error.message : String(error) }),
);
