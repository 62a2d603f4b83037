// Building a compact index from article texts, in one pass over the words and one counting sort.
import type { CompactIndex, FieldAverages, IndexArrays, IndexedDocument } from './compact-index';
import { TermTable } from './term-table';
import { grown } from './grown';
import type { SearchFields } from './search-fields';

export interface IndexInput extends SearchFields {
  doc: IndexedDocument;
}

// BM25's usual constants. Each field is scored on its own length and weighted: a headline word
// counts as much as three body words would, a word of the details (deck, bylines, tags, sources…)
// as much as two.
const K1 = 1.2;
const B = 0.75;
const HEADLINE_WEIGHT = 3;
const DETAILS_WEIGHT = 2;

/** The fields in the order a document is read, which is the order of the per-term count arrays. */
const HEADLINE = 0;
const DETAILS = 1;
const BODY = 2;

/** BM25's length part for a field of `length` words, K1 included, so a weight is one division. */
function lengthFactor(length: number, average: number): number {
  const norm = average > 0 ? length / average : 1;
  return K1 * (1 - B + B * norm);
}

const termWeight = (count: number, factor: number) => (count === 0 ? 0 : (count * (K1 + 1)) / (count + factor));

const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

// A posting's three counts in one 32-bit number: headline and details 8 bits each, body 16, each
// clamped (BM25 has long saturated by then).
const pack = (headline: number, details: number, body: number) =>
  ((Math.min(headline, 0xff) << 24) | (Math.min(details, 0xff) << 16) | Math.min(body, 0xffff)) >>> 0;

/** Makes the zeroed arrays of an index of `postings` postings, given the rest of it. */
export type Allocate = (head: Omit<CompactIndex, keyof IndexArrays>, postings: number) => IndexArrays;

const newArrays: Allocate = (head, postings) => ({
  termStart: new Uint32Array(head.terms.length + 1),
  postingDoc: new Uint32Array(postings),
  postingWeight: new Float32Array(postings),
});

/** Takes documents one at a time, so a caller can act on each as it is indexed; finish() makes the index. */
export class IndexBuilder {
  private readonly table = new TermTable();
  // Postings in document order: the term, and its counts in the three fields (pack). A document's
  // postings end where docEnd says.
  private postingTerm = new Uint32Array(1 << 16);
  private postingCounts = new Uint32Array(1 << 16);
  private postings = 0;
  private readonly docEnd: number[] = [];
  private readonly docs: IndexedDocument[] = [];
  /** Each document's length in words, field by field (HEADLINE, DETAILS, BODY). */
  private readonly lengths: [number[], number[], number[]] = [[], [], []];
  // Per-term state, indexed by term id: the last document that had it (plus one), its counts
  // there field by field, and how many documents have it.
  private lastDoc = new Int32Array(1024);
  private counts: [Uint32Array, Uint32Array, Uint32Array] = [
    new Uint32Array(1024),
    new Uint32Array(1024),
    new Uint32Array(1024),
  ];
  private docFrequency = new Uint32Array(1024);

  /**
   * Indexes one document. Returns its body's word count as countWords() gives it, found on the
   * same pass over the text, or -1 when the body is not plain ASCII and the count is left to countWords().
   */
  add(input: IndexInput): number {
    const docMark = this.docs.length + 1;
    this.docs.push(input.doc);
    const first = this.postings;
    this.readField(input.headline, docMark, HEADLINE);
    this.readField(input.details, docMark, DETAILS);
    this.readField(input.text, docMark, BODY);
    const counted = this.table.words;
    const { postingTerm, postingCounts, counts, postings } = this;
    const [headline, details, body] = counts;
    for (let p = first; p < postings; p++) {
      const id = postingTerm[p] as number;
      postingCounts[p] = pack(headline[id] as number, details[id] as number, body[id] as number);
    }
    this.docEnd.push(postings);
    return counted;
  }

  /** Reads one field of the document marked `docMark` and counts its terms. */
  private readField(text: string, docMark: number, field: number): void {
    const wordCount = this.table.read(text);
    (this.lengths[field] as number[]).push(wordCount);
    const { table } = this;
    if (table.size > this.lastDoc.length) {
      this.lastDoc = grown(this.lastDoc, table.size);
      this.counts = [
        grown(this.counts[0], table.size),
        grown(this.counts[1], table.size),
        grown(this.counts[2], table.size),
      ];
      this.docFrequency = grown(this.docFrequency, table.size);
    }
    if (this.postings + wordCount > this.postingTerm.length) {
      this.postingTerm = grown(this.postingTerm, this.postings + wordCount);
      this.postingCounts = grown(this.postingCounts, this.postings + wordCount);
    }
    const { ids } = table;
    const { lastDoc, docFrequency, postingTerm } = this;
    const [headline, details, body] = this.counts;
    const counts = this.counts[field] as Uint32Array;
    let postings = this.postings;
    for (let n = 0; n < wordCount; n++) {
      const id = ids[n] as number;
      if (lastDoc[id] !== docMark) {
        lastDoc[id] = docMark;
        headline[id] = 0;
        details[id] = 0;
        body[id] = 0;
        docFrequency[id] = (docFrequency[id] as number) + 1;
        postingTerm[postings++] = id;
      }
      counts[id] = (counts[id] as number) + 1;
    }
    this.postings = postings;
  }

  /**
   * The index of the documents added. Pass the `averages` of an existing index when building a
   * small one to be searched beside it, so their scores are on the same scale; pass `allocate`
   * to have the arrays filled in memory of the caller's (the cache's bytes, see layoutIndex).
   */
  finish(averages?: FieldAverages, allocate: Allocate = newArrays): CompactIndex {
    const { docs, docEnd, lengths, docFrequency, postingTerm, postingCounts, postings } = this;
    const [headlineLengths, detailsLengths, bodyLengths] = lengths;
    const useAverages: FieldAverages = averages ?? {
      headline: mean(headlineLengths),
      details: mean(detailsLengths),
      body: mean(bodyLengths),
    };

    const termNames = this.table.names();
    const order = Array.from(termNames.keys()).sort((a, b) =>
      (termNames[a] as string) < (termNames[b] as string) ? -1 : 1,
    );
    const terms = order.map((termId) => termNames[termId] as string);
    const {
      termStart,
      postingDoc: docsOut,
      postingWeight: weights,
    } = allocate({ docs, averages: useAverages, terms }, postings);
    const rankOf = new Uint32Array(termNames.length);
    for (let rank = 0; rank < order.length; rank++) {
      const termId = order[rank] as number;
      rankOf[termId] = rank;
      termStart[rank + 1] = (termStart[rank] as number) + (docFrequency[termId] as number);
    }

    // The counting sort: each posting goes to the next free place in its term's run.
    const fill = termStart.slice(0, terms.length);
    let p = 0;
    for (let doc = 0; doc < docs.length; doc++) {
      const headlineFactor = lengthFactor(headlineLengths[doc] as number, useAverages.headline);
      const detailsFactor = lengthFactor(detailsLengths[doc] as number, useAverages.details);
      const bodyFactor = lengthFactor(bodyLengths[doc] as number, useAverages.body);
      for (const end = docEnd[doc] as number; p < end; p++) {
        const rank = rankOf[postingTerm[p] as number] as number;
        const slot = fill[rank] as number;
        fill[rank] = slot + 1;
        const counts = postingCounts[p] as number;
        docsOut[slot] = doc;
        weights[slot] =
          HEADLINE_WEIGHT * termWeight(counts >>> 24, headlineFactor) +
          DETAILS_WEIGHT * termWeight((counts >>> 16) & 0xff, detailsFactor) +
          termWeight(counts & 0xffff, bodyFactor);
      }
    }
    return { docs, averages: useAverages, terms, termStart, postingDoc: docsOut, postingWeight: weights };
  }
}

/**
 * Indexes `inputs`. Pass the `averages` of an existing index when building a small one to be
 * searched beside it, so their scores are on the same scale.
 */
export function buildIndex(inputs: Iterable<IndexInput>, averages?: FieldAverages): CompactIndex {
  const builder = new IndexBuilder();
  for (const input of inputs) builder.add(input);
  return builder.finish(averages);
}
