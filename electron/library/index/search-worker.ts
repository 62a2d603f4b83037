// Worker thread entry: builds one shard of the search index off the main thread, straight into the
// search cache's byte format, and hands it back as one buffer moved rather than copied: the main
// thread reads it as views and saves it as it is. The word counts, found on the same pass, follow.
import { parentPort, workerData } from 'node:worker_threads';
import { buildShard, type Verdict } from './search-build';

export interface ShardRequest {
  folder: string;
  files: string[];
}

export type ShardReply = { encoded: Uint8Array; verdicts: Verdict[] } | { counted: Verdict[] } | { error: string };

const post = (reply: ShardReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(reply, transfer);

const request = workerData as ShardRequest;
try {
  const { encoded, verdicts, counted } = buildShard(request.folder, request.files);
  post({ encoded, verdicts }, [encoded.buffer as ArrayBuffer]);
  post({ counted });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
