// Running the cold index build in worker threads, one shard per worker, so neither the window nor
// the main process waits for it.
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompactIndex } from './compact-index';
import { decodeIndex } from './index-format';
import { buildShard, type Verdict } from './search-build';
import type { ShardRequest } from './search-worker';

export interface BuiltIndex {
  shards: CompactIndex[];
  verdicts: Verdict[];
}

/** How the index gets built: in worker threads (the app), right here (the one-shot CLI), or not at all (listing only). */
export type BuildMode = { kind: 'worker'; entry: string | URL; shards?: number } | { kind: 'inline' } | { kind: 'none' };

export const DEFAULT_WORKER_ENTRY = new URL('./search-worker.ts', import.meta.url);

function runWorker(entry: string | URL, request: ShardRequest): { done: Promise<{ shard: CompactIndex; verdicts: Verdict[] }>; stop: () => void } {
  const path = entry instanceof URL ? fileURLToPath(entry) : entry;
  // In development the worker is TypeScript: Node 20 ignores `--import tsx` in a worker's execArgv,
  // so a small script registers tsx first. The bundled app passes a .js entry of its own.
  const worker = path.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(path).href)}); });`, { eval: true, workerData: request })
    : new Worker(path, { workerData: request });
  const done = new Promise<{ shard: CompactIndex; verdicts: Verdict[] }>((resolve, reject) => {
    worker.once('message', (message: { bytes?: Uint8Array; verdicts?: Verdict[]; error?: string }) => {
      const shard = message.bytes ? decodeIndex(message.bytes, request.folder) : null;
      if (shard && message.verdicts) resolve({ shard, verdicts: message.verdicts });
      else reject(new Error(message.error ?? 'The search worker sent no index.'));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search worker stopped (exit code ${code}).`)));
  });
  return { done, stop: () => void worker.terminate() };
}

/** Builds the index of `files`; `stop` abandons a build in progress (closing the library). */
export function buildLibraryIndex(folder: string, files: string[], mode: BuildMode): { done: Promise<BuiltIndex>; stop: () => void } {
  if (mode.kind !== 'worker') {
    const { index, verdicts } = buildShard(folder, files);
    return { done: Promise.resolve({ shards: [index], verdicts }), stop: () => undefined };
  }
  const count = Math.max(1, Math.min(mode.shards ?? availableParallelism(), Math.ceil(files.length / 500)));
  const parts: string[][] = Array.from({ length: count }, () => []);
  files.forEach((file, n) => parts[n % count]?.push(file));
  const workers = parts.map((part) => runWorker(mode.entry, { folder, files: part }));
  const done = Promise.all(workers.map((worker) => worker.done)).then((built) => ({
    shards: built.map((part) => part.shard),
    verdicts: built.flatMap((part) => part.verdicts),
  }));
  return { done, stop: () => workers.forEach((worker) => worker.stop()) };
}
