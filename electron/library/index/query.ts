// Ranking documents across one or more compact indexes: exact words, word prefixes, and one-letter typos.
import { lowerBound, type CompactIndex } from './compact-index';
import { tokenize } from './tokenize';

// A completion or a typo is weaker evidence than the word itself.
const PREFIX_WEIGHT = 0.5;
const TYPO_WEIGHT = 0.35;
/** Shorter words have too many one-letter neighbours for a typo match to mean anything. */
const TYPO_MIN_LENGTH = 5;

export interface Searchable {
  index: CompactIndex;
  /** Whether document `docIndex` still matches the file on disk; stale documents are skipped. */
  isCurrent(docIndex: number): boolean;
}

export interface Scored {
  source: number;
  docIndex: number;
  score: number;
}

/** True when `a` becomes `b` by one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i);
}

/** Term positions in `index` that `word` stands for, each with how strongly. */
function expand(index: CompactIndex, word: string): { term: number; weight: number }[] {
  const { terms } = index;
  const found: { term: number; weight: number }[] = [];
  for (let t = lowerBound(terms, word); t < terms.length && (terms[t] as string).startsWith(word); t++) {
    const term = terms[t] as string;
    found.push({ term: t, weight: term === word ? 1 : (PREFIX_WEIGHT * word.length) / term.length });
  }
  if (word.length >= TYPO_MIN_LENGTH) {
    const first = word[0] as string;
    const end = lowerBound(terms, String.fromCharCode(first.charCodeAt(0) + 1));
    for (let t = lowerBound(terms, first); t < end; t++) {
      const term = terms[t] as string;
      if (Math.abs(term.length - word.length) <= 1 && !term.startsWith(word) && oneEditApart(term, word)) {
        found.push({ term: t, weight: TYPO_WEIGHT });
      }
    }
  }
  return found;
}

export interface Ranked {
  /** The best documents, best first, at most the limit asked for. */
  top: Scored[];
  /** How many documents matched in all. */
  total: number;
}

/**
 * BM25 over all sources at once (document frequencies are summed so a small index of recent
 * changes scores like the big one), times the number of query words a document matched, so
 * documents holding every word come first.
 */
export function rank(sources: Searchable[], query: string, limit: number): Ranked {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0 || limit <= 0) return { top: [], total: 0 };
  const totalDocs = sources.reduce((sum, source) => sum + source.index.docs.length, 0);
  const scores = sources.map((source) => new Float64Array(source.index.docs.length));
  const matched = sources.map((source) => new Uint16Array(source.index.docs.length));
  const lastWord = sources.map((source) => new Int32Array(source.index.docs.length).fill(-1));

  words.forEach((word, wordNumber) => {
    const expansions = sources.map((source) => expand(source.index, word));
    const frequency = new Map<string, number>();
    expansions.forEach((found, s) => {
      const index = (sources[s] as Searchable).index;
      for (const { term } of found) {
        const name = index.terms[term] as string;
        frequency.set(
          name,
          (frequency.get(name) ?? 0) + (index.termStart[term + 1] as number) - (index.termStart[term] as number),
        );
      }
    });
    expansions.forEach((found, s) => {
      const index = (sources[s] as Searchable).index;
      const score = scores[s] as Float64Array;
      const count = matched[s] as Uint16Array;
      const last = lastWord[s] as Int32Array;
      for (const { term, weight } of found) {
        const df = frequency.get(index.terms[term] as string) as number;
        const idf = Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5));
        const factor = weight * idf;
        const end = index.termStart[term + 1] as number;
        for (let p = index.termStart[term] as number; p < end; p++) {
          const doc = index.postingDoc[p] as number;
          score[doc] = (score[doc] as number) + factor * (index.postingWeight[p] as number);
          if (last[doc] !== wordNumber) {
            last[doc] = wordNumber;
            count[doc] = (count[doc] as number) + 1;
          }
        }
      }
    });
  });

  const results: Scored[] = [];
  sources.forEach((source, s) => {
    const score = scores[s] as Float64Array;
    const count = matched[s] as Uint16Array;
    for (let doc = 0; doc < score.length; doc++) {
      if ((score[doc] as number) > 0 && source.isCurrent(doc)) {
        results.push({ source: s, docIndex: doc, score: (score[doc] as number) * (count[doc] as number) });
      }
    }
  });
  results.sort((a, b) => b.score - a.score);
  return { top: results.slice(0, limit), total: results.length };
}
