// Building a compact index from article texts, in one pass over the words and one counting sort.
import type { CompactIndex, FieldAverages, IndexedDocument } from './compact-index';
import { TermTable } from './term-table';
import { grown } from './grown';

export interface IndexInput {
  doc: IndexedDocument;
  headline: string;
  text: string;
}

// BM25's usual constants; a headline word counts as much as three body words would.
const K1 = 1.2;
const B = 0.75;
const HEADLINE_BOOST = 3;


/** BM25's length part for a field of `length` words, K1 included, so a weight is one division. */
function lengthFactor(length: number, average: number): number {
  const norm = average > 0 ? length / average : 1;
  return K1 * (1 - B + B * norm);
}

const termWeight = (count: number, factor: number) => (count === 0 ? 0 : (count * (K1 + 1)) / (count + factor));

/**
 * Indexes `inputs`. Pass the `averages` of an existing index when building a small one to be
 * searched beside it, so their scores are on the same scale.
 */
export function buildIndex(inputs: Iterable<IndexInput>, averages?: FieldAverages): CompactIndex {
  const table = new TermTable();
  // Postings in document order: the term, and its counts packed as headline << 16 | body, each
  // clamped to 16 bits. A document's postings end where docEnd says.
  let postingTerm = new Uint32Array(1 << 16);
  let postingCounts = new Uint32Array(1 << 16);
  let postings = 0;
  const docEnd: number[] = [];
  const docs: IndexedDocument[] = [];
  const headlineLengths: number[] = [];
  const bodyLengths: number[] = [];

  // Per-term state, indexed by term id: the last document that had it (plus one), its counts
  // there, and how many documents have it.
  let lastDoc = new Int32Array(1024);
  let headlineCount = new Uint32Array(1024);
  let bodyCount = new Uint32Array(1024);
  let docFrequency = new Uint32Array(1024);

  const countTerms = (wordCount: number, docMark: number, inHeadline: boolean) => {
    if (table.size > lastDoc.length) {
      lastDoc = grown(lastDoc, table.size);
      headlineCount = grown(headlineCount, table.size);
      bodyCount = grown(bodyCount, table.size);
      docFrequency = grown(docFrequency, table.size);
    }
    const ids = table.ids;
    const counts = inHeadline ? headlineCount : bodyCount;
    if (postings + wordCount > postingTerm.length) {
      postingTerm = grown(postingTerm, postings + wordCount);
      postingCounts = grown(postingCounts, postings + wordCount);
    }
    for (let n = 0; n < wordCount; n++) {
      const id = ids[n] as number;
      if (lastDoc[id] !== docMark) {
        lastDoc[id] = docMark;
        headlineCount[id] = 0;
        bodyCount[id] = 0;
        docFrequency[id] = (docFrequency[id] as number) + 1;
        postingTerm[postings++] = id;
      }
      counts[id] = (counts[id] as number) + 1;
    }
  };

  for (const input of inputs) {
    const docMark = docs.length + 1;
    docs.push(input.doc);
    const first = postings;
    const headlineWords = table.read(input.headline);
    countTerms(headlineWords, docMark, true);
    const bodyWords = table.read(input.text);
    countTerms(bodyWords, docMark, false);
    for (let p = first; p < postings; p++) {
      const id = postingTerm[p] as number;
      postingCounts[p] = (Math.min(headlineCount[id] as number, 0xffff) << 16) | Math.min(bodyCount[id] as number, 0xffff);
    }
    headlineLengths.push(headlineWords);
    bodyLengths.push(bodyWords);
    docEnd.push(postings);
  }

  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const useAverages: FieldAverages = averages ?? { headline: mean(headlineLengths), body: mean(bodyLengths) };

  const termNames = table.names();
  const order = Array.from(termNames.keys()).sort((a, b) => ((termNames[a] as string) < (termNames[b] as string) ? -1 : 1));
  const terms = order.map((termId) => termNames[termId] as string);
  const rankOf = new Uint32Array(termNames.length);
  const termStart = new Uint32Array(terms.length + 1);
  for (let rank = 0; rank < order.length; rank++) {
    const termId = order[rank] as number;
    rankOf[termId] = rank;
    termStart[rank + 1] = (termStart[rank] as number) + (docFrequency[termId] as number);
  }

  // The counting sort: each posting goes to the next free place in its term's run.
  const fill = termStart.slice(0, terms.length);
  const docsOut = new Uint32Array(postings);
  const weights = new Float32Array(postings);
  let p = 0;
  for (let doc = 0; doc < docs.length; doc++) {
    const headlineFactor = lengthFactor(headlineLengths[doc] as number, useAverages.headline);
    const bodyFactor = lengthFactor(bodyLengths[doc] as number, useAverages.body);
    for (const end = docEnd[doc] as number; p < end; p++) {
      const rank = rankOf[postingTerm[p] as number] as number;
      const slot = fill[rank] as number;
      fill[rank] = slot + 1;
      const counts = postingCounts[p] as number;
      docsOut[slot] = doc;
      weights[slot] = HEADLINE_BOOST * termWeight(counts >>> 16, headlineFactor) + termWeight(counts & 0xffff, bodyFactor);
    }
  }
  return { docs, averages: useAverages, terms, termStart, postingDoc: docsOut, postingWeight: weights };
}
