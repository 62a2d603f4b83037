// Worker thread entry: builds one shard of the search index off the main thread, hands its arrays
// back without copying them, then counts the words of the articles it read.
import { parentPort, workerData } from 'node:worker_threads';
import type { CompactIndex } from './compact-index';
import { buildShard, type Verdict } from './search-build';

export interface ShardRequest {
  folder: string;
  files: string[];
}

export type ShardReply = { index: CompactIndex; verdicts: Verdict[] } | { counted: Verdict[] } | { error: string };

const post = (reply: ShardReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(reply, transfer);

const request = workerData as ShardRequest;
try {
  const shard = buildShard(request.folder, request.files);
  const { index, verdicts } = shard;
  post({ index, verdicts }, [index.termStart.buffer, index.postingDoc.buffer, index.postingWeight.buffer] as ArrayBuffer[]);
  post({ counted: shard.count() });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
