// Building a compact index from article texts, in one pass over the words and one counting sort.
import type { CompactIndex, FieldAverages, IndexedDocument } from './compact-index';
import { TermTable } from './term-table';

export interface IndexInput {
  doc: IndexedDocument;
  headline: string;
  text: string;
}

// BM25's usual constants; a headline word counts as much as three body words would.
const K1 = 1.2;
const B = 0.75;
const HEADLINE_BOOST = 3;

/** A Uint32 array that grows by doubling, so 10,000 articles' postings need no JS arrays of numbers. */
class GrowingUint32 {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

function termWeight(count: number, length: number, average: number): number {
  if (count === 0) return 0;
  const norm = average > 0 ? length / average : 1;
  return (count * (K1 + 1)) / (count + K1 * (1 - B + B * norm));
}

/**
 * Indexes `inputs`. Pass the `averages` of an existing index when building a small one to be
 * searched beside it, so their scores are on the same scale.
 */
export function buildIndex(inputs: Iterable<IndexInput>, averages?: FieldAverages): CompactIndex {
  const postingTerm = new GrowingUint32();
  const postingDoc = new GrowingUint32();
  // Counts are packed as headline << 16 | body, each clamped to 16 bits.
  const postingCounts = new GrowingUint32();
  const docs: IndexedDocument[] = [];
  const headlineLengths: number[] = [];
  const bodyLengths: number[] = [];

  // Per-document counts live in typed arrays indexed by term id rather than in a Map per
  // article, and term ids come from a table that hashes words in place (see term-table.ts).
  const table = new TermTable();
  let headlineCount = new Uint32Array(1024);
  let bodyCount = new Uint32Array(1024);
  const grow = (old: Uint32Array) => {
    const bigger = new Uint32Array(old.length * 2);
    bigger.set(old);
    return bigger;
  };

  for (const input of inputs) {
    const docIndex = docs.length;
    docs.push(input.doc);
    const seen: number[] = [];
    const count = (counts: () => Uint32Array) => (termId: number) => {
      while (termId >= bodyCount.length) {
        headlineCount = grow(headlineCount);
        bodyCount = grow(bodyCount);
      }
      if (headlineCount[termId] === 0 && bodyCount[termId] === 0) seen.push(termId);
      const into = counts();
      into[termId] = (into[termId] as number) + 1;
    };
    headlineLengths.push(table.forEachTerm(input.headline, count(() => headlineCount)));
    bodyLengths.push(table.forEachTerm(input.text, count(() => bodyCount)));
    for (const termId of seen) {
      postingTerm.push(termId);
      postingDoc.push(docIndex);
      postingCounts.push((Math.min(headlineCount[termId] as number, 0xffff) << 16) | Math.min(bodyCount[termId] as number, 0xffff));
      headlineCount[termId] = 0;
      bodyCount[termId] = 0;
    }
  }

  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const useAverages: FieldAverages = averages ?? { headline: mean(headlineLengths), body: mean(bodyLengths) };

  const termNames = table.names;
  const order = Array.from(termNames.keys()).sort((a, b) => ((termNames[a] as string) < (termNames[b] as string) ? -1 : 1));
  const terms = order.map((termId) => termNames[termId] as string);
  const rankOf = new Uint32Array(termNames.length);
  order.forEach((termId, rank) => (rankOf[termId] = rank));

  const termStart = new Uint32Array(terms.length + 1);
  for (let p = 0; p < postingTerm.length; p++) {
    const slot = (rankOf[postingTerm.data[p] as number] as number) + 1;
    termStart[slot] = (termStart[slot] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++) termStart[t + 1] = (termStart[t + 1] as number) + (termStart[t] as number);

  const fill = termStart.slice(0, terms.length);
  const docsOut = new Uint32Array(postingTerm.length);
  const weights = new Float32Array(postingTerm.length);
  for (let p = 0; p < postingTerm.length; p++) {
    const rank = rankOf[postingTerm.data[p] as number] as number;
    const slot = fill[rank] as number;
    fill[rank] = slot + 1;
    const doc = postingDoc.data[p] as number;
    const counts = postingCounts.data[p] as number;
    docsOut[slot] = doc;
    weights[slot] =
      HEADLINE_BOOST * termWeight(counts >>> 16, headlineLengths[doc] as number, useAverages.headline) +
      termWeight(counts & 0xffff, bodyLengths[doc] as number, useAverages.body);
  }
  return { docs, averages: useAverages, terms, termStart, postingDoc: docsOut, postingWeight: weights };
}
