// Scores detected quotations against the gold annotations: detection precision and recall, correct and wrong speakers.
import type { GoldQuotation } from './passage';

export interface DetectedQuotation {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  confidence: number;
}

export interface PassageOutcome {
  name: string;
  gold: GoldQuotation[];
  detected: DetectedQuotation[];
}

export interface Tally {
  passages: number;
  quotations: number;
  detected: number;
  matched: number;
  overlapping: number;
  correctSpeakers: number;
  wrongSpeakers: number;
}

export interface Figures {
  precision: number;
  recall: number;
  lenientPrecision: number;
  lenientRecall: number;
  speakerAccuracy: number;
  wrongSpeakerShare: number;
  /** Correct speakers over every gold quotation, found or not: the "correct speaker for 90% of quotations". */
  correctSpeakerOverall: number;
}

export type Miss =
  | { kind: 'missed'; passage: string; gold: GoldQuotation; nearest: DetectedQuotation | null }
  | { kind: 'spurious'; passage: string; detected: DetectedQuotation }
  | { kind: 'wrong speaker'; passage: string; gold: GoldQuotation; detected: DetectedQuotation }
  | { kind: 'abstained'; passage: string; gold: GoldQuotation; detected: DetectedQuotation };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Pairs each gold quotation with the detection at exactly its offsets. */
function exactPairs(outcome: PassageOutcome): Map<GoldQuotation, DetectedQuotation> {
  const bySpan = new Map(outcome.detected.map((found) => [`${found.start}:${found.end}`, found]));
  const pairs = new Map<GoldQuotation, DetectedQuotation>();
  for (const gold of outcome.gold) {
    const found = bySpan.get(`${gold.start}:${gold.end}`);
    if (found) pairs.set(gold, found);
  }
  return pairs;
}

/** One detection counts for at most one gold quotation, taken in document order. */
function overlappingPairs(outcome: PassageOutcome): Map<GoldQuotation, DetectedQuotation> {
  const used = new Set<DetectedQuotation>();
  const pairs = new Map<GoldQuotation, DetectedQuotation>();
  for (const gold of outcome.gold) {
    const found = outcome.detected.find((candidate) => !used.has(candidate) && overlaps(candidate, gold));
    if (found) {
      used.add(found);
      pairs.set(gold, found);
    }
  }
  return pairs;
}

export function tally(outcomes: PassageOutcome[]): Tally {
  const total: Tally = {
    passages: 0,
    quotations: 0,
    detected: 0,
    matched: 0,
    overlapping: 0,
    correctSpeakers: 0,
    wrongSpeakers: 0,
  };
  for (const outcome of outcomes) {
    total.passages += 1;
    total.quotations += outcome.gold.length;
    total.detected += outcome.detected.length;
    total.overlapping += overlappingPairs(outcome).size;
    for (const [gold, found] of exactPairs(outcome)) {
      total.matched += 1;
      if (found.speaker === gold.speaker) total.correctSpeakers += 1;
      else if (found.speaker !== null) total.wrongSpeakers += 1;
    }
  }
  return total;
}

// An empty denominator means there was nothing to get wrong (a passage of traps only has no recall to lose).
const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function figures(total: Tally): Figures {
  return {
    precision: share(total.matched, total.detected),
    recall: share(total.matched, total.quotations),
    lenientPrecision: share(total.overlapping, total.detected),
    lenientRecall: share(total.overlapping, total.quotations),
    speakerAccuracy: share(total.correctSpeakers, total.matched),
    wrongSpeakerShare: total.matched === 0 ? 0 : total.wrongSpeakers / total.matched,
    correctSpeakerOverall: share(total.correctSpeakers, total.quotations),
  };
}

export function misses(outcome: PassageOutcome): Miss[] {
  const exact = exactPairs(outcome);
  const found = new Set(exact.values());
  const list: Miss[] = [];
  for (const gold of outcome.gold) {
    const detected = exact.get(gold);
    if (!detected) {
      const nearest = outcome.detected.find((candidate) => overlaps(candidate, gold)) ?? null;
      list.push({ kind: 'missed', passage: outcome.name, gold, nearest });
    } else if (detected.speaker !== gold.speaker) {
      list.push({
        kind: detected.speaker === null ? 'abstained' : 'wrong speaker',
        passage: outcome.name,
        gold,
        detected,
      });
    }
  }
  for (const detected of outcome.detected) {
    if (!found.has(detected)) list.push({ kind: 'spurious', passage: outcome.name, detected });
  }
  return list;
}
