// The full-text index in the shape it is searched and cached in: sorted terms over flat posting arrays.

/** Which version of a file a document was indexed from, so stale documents can be skipped. */
export interface IndexedDocument {
  file: string;
  id: string;
  size: number;
  mtimeMs: number;
}

/** Average field lengths in words; documents indexed later reuse them so scores stay comparable. */
export interface FieldAverages {
  headline: number;
  details: number;
  body: number;
}

/**
 * Terms are sorted by UTF-16 code units (the order of `<`), so a prefix is a contiguous run.
 * The postings of term `t` are `postingDoc[termStart[t] .. termStart[t+1])`, each with its
 * precomputed BM25 term weight (each field weighted, build-index.ts) in `postingWeight`.
 */
export interface CompactIndex {
  docs: IndexedDocument[];
  averages: FieldAverages;
  terms: string[];
  termStart: Uint32Array;
  postingDoc: Uint32Array;
  postingWeight: Float32Array;
}

/** An index's three arrays, which a builder can fill in place (in the bytes the cache is saved from). */
export type IndexArrays = Pick<CompactIndex, 'termStart' | 'postingDoc' | 'postingWeight'>;

/** Position of the first term not less than `probe`. */
export function lowerBound(terms: readonly string[], probe: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < probe) low = middle + 1;
    else high = middle;
  }
  return low;
}
