// Running the cold index build in worker threads, one shard per worker, so neither the window nor
// the main process waits for it.
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompactIndex } from './compact-index';
import { decodeIndex } from './index-format';
import { buildShard, type Verdict } from './search-build';
import type { ShardReply, ShardRequest } from './search-worker';

export interface BuiltIndex {
  shards: CompactIndex[];
  /** The files the build found unfit. */
  verdicts: Verdict[];
  /** The shards in the search cache's format, for saving: the bytes they were built in, which `shards` are views into. */
  encoded: Uint8Array[];
}

/** A build under way: the index first, then the word counts of the readable articles; `stop` abandons both (closing the library). */
export interface RunningBuild {
  indexed: Promise<BuiltIndex>;
  counted: Promise<Verdict[]>;
  stop: () => void;
}

/** How the index gets built: in worker threads (the app), right here (the one-shot CLI), or not at all (listing only). */
export type BuildMode =
  { kind: 'worker'; entry: string | URL; shards?: number } | { kind: 'inline' } | { kind: 'none' };

export const DEFAULT_WORKER_ENTRY = new URL('./search-worker.ts', import.meta.url);

interface ShardRun {
  indexed: Promise<{ encoded: Uint8Array; verdicts: Verdict[] }>;
  counted: Promise<Verdict[]>;
  stop: () => void;
}

function runWorker(entry: string | URL, request: ShardRequest): ShardRun {
  const path = entry instanceof URL ? fileURLToPath(entry) : entry;
  // In development the worker is TypeScript: Node 20 ignores `--import tsx` in a worker's execArgv,
  // so a small script registers tsx first. The bundled app passes a .js entry of its own.
  const worker = path.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(path).href)}); });`,
        { eval: true, workerData: request },
      )
    : new Worker(path, { workerData: request });
  const failed = new Promise<never>((_, reject) => {
    worker.on('message', (message: ShardReply) => 'error' in message && reject(new Error(message.error)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search worker stopped (exit code ${code}).`)));
  });
  const reply = <T>(pick: (message: ShardReply) => T | undefined) =>
    Promise.race([
      failed,
      new Promise<T>((resolve) => {
        const listen = (message: ShardReply) => {
          const picked = pick(message);
          if (picked === undefined) return;
          worker.off('message', listen);
          resolve(picked);
        };
        worker.on('message', listen);
      }),
    ]);
  const indexed = reply((message) =>
    'encoded' in message ? { encoded: message.encoded, verdicts: message.verdicts } : undefined,
  );
  const counted = reply((message) => ('counted' in message ? message.counted : undefined));
  void counted.then(
    () => worker.terminate(),
    () => undefined,
  );
  return { indexed, counted, stop: () => void worker.terminate() };
}

/** Builds the index of `files`. */
export function buildLibraryIndex(folder: string, files: string[], mode: BuildMode): RunningBuild {
  if (mode.kind !== 'worker') {
    const { index, encoded, verdicts, counted } = buildShard(folder, files);
    const built: BuiltIndex = { shards: [index], verdicts, encoded: [encoded] };
    return { indexed: Promise.resolve(built), counted: Promise.resolve(counted), stop: () => undefined };
  }
  const count = Math.max(1, Math.min(mode.shards ?? availableParallelism(), Math.ceil(files.length / 500)));
  const parts: string[][] = Array.from({ length: count }, () => []);
  files.forEach((file, n) => parts[n % count]?.push(file));
  const workers = parts.map((part) => runWorker(mode.entry, { folder, files: part }));
  // Each shard is decoded as it arrives, while the workers still building go on.
  const decoded = workers.map((worker) =>
    worker.indexed.then(({ encoded, verdicts }) => {
      const shard = decodeIndex(encoded, folder);
      if (!shard) throw new Error('A search worker sent back an index that does not decode.');
      return { shard, encoded, verdicts };
    }),
  );
  const indexed = Promise.all(decoded).then((built) => ({
    shards: built.map((part) => part.shard),
    verdicts: built.flatMap((part) => part.verdicts),
    encoded: built.map((part) => part.encoded),
  }));
  const counted = Promise.all(workers.map((worker) => worker.counted)).then((parts) => parts.flat());
  return { indexed, counted, stop: () => workers.forEach((worker) => worker.stop()) };
}
