// The search cache file: the index shards one after another, each 4-byte aligned so it loads as views.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import type { CompactIndex } from './compact-index';
import { decodeIndex } from './index-format';

const padTo4 = (n: number) => (n + 3) & ~3;

/** Saves shards already in the cache's format (layoutIndex), as the build makes them. */
export async function saveSearchCache(path: string, encoded: Uint8Array[]): Promise<void> {
  const header = 4 + 4 * encoded.length;
  let total = padTo4(header);
  for (const part of encoded) total += padTo4(part.length);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, encoded.length, true);
  let offset = padTo4(header);
  encoded.forEach((part, n) => {
    view.setUint32(4 + 4 * n, part.length, true);
    bytes.set(part, offset);
    offset += padTo4(part.length);
  });
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, bytes);
}

/** The cached shards of `folder`, or null when the cache is missing, corrupt or another library's. */
export async function loadSearchCache(path: string, folder: string): Promise<CompactIndex[] | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.length < 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  if (count === 0 || 4 + 4 * count > bytes.length) return null;
  const shards: CompactIndex[] = [];
  let offset = padTo4(4 + 4 * count);
  for (let n = 0; n < count; n++) {
    const length = view.getUint32(4 + 4 * n, true);
    if (offset + length > bytes.length) return null;
    const shard = decodeIndex(bytes.subarray(offset, offset + length), folder);
    if (!shard) return null;
    shards.push(shard);
    offset += padTo4(length);
  }
  return shards;
}
