// The search cache on disk: a header, the documents as JSON, the terms as one string, then the
// posting arrays as raw bytes, so loading is a file read plus a few typed-array views.
import type { CompactIndex, IndexArrays, IndexedDocument } from './compact-index';

// The version is in the magic: an index another version built (other terms, other fields) is
// rebuilt, never searched. 2: words of unspaced scripts split by Intl.Segmenter; 3: the details
// field (deck, kicker, section, bylines, tags, sources) beside headline and body.
const MAGIC = 'BYLINE-SEARCH-3\n';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Meta {
  folder: string;
  docs: [file: string, id: string, size: number, mtimeMs: number][];
  averages: CompactIndex['averages'];
  termCount: number;
  postingCount: number;
}

const padTo4 = (offset: number) => (offset + 3) & ~3;

/**
 * The bytes of an index of `postingCount` postings with everything but the arrays written, and
 * the arrays as views into them for a builder to fill. `folder` is recorded so another library's
 * cache is never taken for this one's.
 */
export function layoutIndex(
  head: Omit<CompactIndex, keyof IndexArrays>,
  postingCount: number,
  folder: string,
): IndexArrays & { bytes: Uint8Array } {
  const meta: Meta = {
    folder,
    docs: head.docs.map((doc) => [doc.file, doc.id, doc.size, doc.mtimeMs]),
    averages: head.averages,
    termCount: head.terms.length,
    postingCount,
  };
  const magic = encoder.encode(MAGIC);
  const metaBytes = encoder.encode(JSON.stringify(meta));
  const termBytes = encoder.encode(head.terms.join('\n'));
  const termStartAt = padTo4(magic.length + 8 + metaBytes.length + termBytes.length);
  const postingDocAt = termStartAt + (head.terms.length + 1) * 4;
  const weightAt = postingDocAt + postingCount * 4;
  const bytes = new Uint8Array(weightAt + postingCount * 4);
  const view = new DataView(bytes.buffer);
  bytes.set(magic, 0);
  view.setUint32(magic.length, metaBytes.length, true);
  view.setUint32(magic.length + 4, termBytes.length, true);
  bytes.set(metaBytes, magic.length + 8);
  bytes.set(termBytes, magic.length + 8 + metaBytes.length);
  return {
    bytes,
    termStart: new Uint32Array(bytes.buffer, termStartAt, head.terms.length + 1),
    postingDoc: new Uint32Array(bytes.buffer, postingDocAt, postingCount),
    postingWeight: new Float32Array(bytes.buffer, weightAt, postingCount),
  };
}

/** The index in `bytes`, or null when they are not a complete cache of `folder` (a corrupt cache is rebuilt, never trusted). */
export function decodeIndex(input: Uint8Array, folder: string): CompactIndex | null {
  try {
    // Typed-array views need 4-byte alignment; a copy is cheap next to the read.
    const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
    const magic = encoder.encode(MAGIC);
    if (bytes.length < magic.length + 8 || decoder.decode(bytes.subarray(0, magic.length)) !== MAGIC) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const metaLength = view.getUint32(magic.length, true);
    const termLength = view.getUint32(magic.length + 4, true);
    const metaAt = magic.length + 8;
    const meta = JSON.parse(decoder.decode(bytes.subarray(metaAt, metaAt + metaLength))) as Meta;
    if (meta.folder !== folder || !Array.isArray(meta.docs)) return null;
    const termText = decoder.decode(bytes.subarray(metaAt + metaLength, metaAt + metaLength + termLength));
    const terms = meta.termCount === 0 ? [] : termText.split('\n');
    const termStartAt = padTo4(metaAt + metaLength + termLength);
    const postingDocAt = termStartAt + (meta.termCount + 1) * 4;
    const weightAt = postingDocAt + meta.postingCount * 4;
    if (terms.length !== meta.termCount || weightAt + meta.postingCount * 4 !== bytes.length) return null;
    const termStart = new Uint32Array(bytes.buffer, bytes.byteOffset + termStartAt, meta.termCount + 1);
    if (termStart[meta.termCount] !== meta.postingCount) return null;
    const docs: IndexedDocument[] = meta.docs.map(([file, id, size, mtimeMs]) => ({ file, id, size, mtimeMs }));
    return {
      docs,
      averages: meta.averages,
      terms,
      termStart,
      postingDoc: new Uint32Array(bytes.buffer, bytes.byteOffset + postingDocAt, meta.postingCount),
      postingWeight: new Float32Array(bytes.buffer, bytes.byteOffset + weightAt, meta.postingCount),
    };
  } catch {
    return null;
  }
}
