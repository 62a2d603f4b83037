// Worker thread entry: builds one shard of the search index off the main thread and sends it back as bytes.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeIndex } from './index-format';
import { buildShard } from './search-build';

export interface ShardRequest {
  folder: string;
  files: string[];
}

const request = workerData as ShardRequest;
try {
  const { index, verdicts } = buildShard(request.folder, request.files);
  const bytes = encodeIndex(index, request.folder);
  parentPort?.postMessage({ bytes, verdicts }, [bytes.buffer as ArrayBuffer]);
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
