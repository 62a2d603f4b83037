// Every import runs here: in a worker thread of its own, with a ceiling on its heap and a deadline,
// so the app's main process keeps answering while a file is read, and a file that would take too
// much of either is refused in one sentence instead of freezing or crashing the app. One import per
// worker: when it is done the thread is stopped and everything it built goes with it. What comes
// back is the new article's file, checked and serialized in the worker, ready for the store to
// place (ArticleFileStore.createFromBytes). The app passes the worker as electron-vite built it
// (out/main/import-worker.js); the command line and the tests run its TypeScript source.
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportedFile } from './import-file';
import { IMPORT_DEADLINE_MS, IMPORT_HEAP_MB } from './import-limits';
import type { ImportReply, ImportRequest } from './import-worker';
import { cannotImport } from './refusal';

export const DEFAULT_IMPORT_WORKER = new URL('./import-worker.ts', import.meta.url);

export interface WorkerImportOptions {
  /** The newsroom's IANA zone: a page's local dates and times are read in it. */
  timeZone: string;
  /** The worker's entry: the bundled import-worker.js in the app; default the TypeScript source. */
  entry?: string | URL;
  /** The limits, when a test needs to reach them with a small file; default the import's own. */
  heapMb?: number;
  deadlineMs?: number;
}

/** The file read into a new article's file, or an Error whose message is the one sentence for the reporter. */
export function importInWorker(path: string, options: WorkerImportOptions): Promise<ImportedFile> {
  const { heapMb = IMPORT_HEAP_MB, deadlineMs = IMPORT_DEADLINE_MS } = options;
  const refused = (reason: string) => new Error(cannotImport(basename(path), reason));
  const worker = startWorker(options.entry ?? DEFAULT_IMPORT_WORKER, { path, timeZone: options.timeZone }, heapMb);
  return new Promise<ImportedFile>((resolve, reject) => {
    const timer = setTimeout(
      () => settle(refused(`reading it took longer than ${deadlineMs / 1000} seconds, the most an import may take.`)),
      deadlineMs,
    );
    function settle(outcome: ImportedFile | Error): void {
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    }
    worker.on('message', (reply: ImportReply) => settle('file' in reply ? reply.file : new Error(reply.refusal)));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        settle(refused(`reading it needs more than ${heapMb} MB of memory, the most an import may use.`));
      else settle(refused(`the import failed (${error.message}).`));
    });
    worker.on('exit', (code) => settle(refused(`the import stopped before it finished (exit code ${code}).`)));
  });
}

function startWorker(entry: string | URL, request: ImportRequest, heapMb: number): Worker {
  const path = entry instanceof URL ? fileURLToPath(entry) : entry;
  const options = {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 48, stackSizeMb: 4 },
    // What jsdom or mammoth print (a stylesheet they cannot parse) is theirs, not the app's or the command line's output.
    stdout: true,
    stderr: true,
  };
  // In development the worker is TypeScript: Node 20 ignores `--import tsx` in a worker's execArgv,
  // so a small script registers tsx first (as the search index's workers do). tsx is found from
  // here, not from the current folder, which the command line may run anywhere.
  const worker = path.endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(path).href)}); });`,
        { ...options, eval: true },
      )
    : new Worker(path, options);
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}
