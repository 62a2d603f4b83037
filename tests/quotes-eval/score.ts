// Scores detected quotations against the gold annotations: detection precision and recall, speakers right, wrong or
// missing, and how far the confidence the detector gives can be trusted.
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

/** Who the found quotations were given to: of those with a named gold speaker, and of those the text names no one for. */
export interface SpeakerTally {
  /** Found quotations (exact span) whose gold speaker is not null. */
  named: number;
  right: number;
  /** A speaker other than the gold one. */
  wrong: number;
  /** No speaker. */
  none: number;
  /** Found quotations whose gold speaker is null. */
  unnamed: number;
  /** Of those, the ones left without a speaker, as they should be. */
  abstainCorrect: number;
}

export function speakerTally(outcomes: PassageOutcome[]): SpeakerTally {
  const total: SpeakerTally = { named: 0, right: 0, wrong: 0, none: 0, unnamed: 0, abstainCorrect: 0 };
  for (const outcome of outcomes) {
    for (const [gold, found] of exactPairs(outcome)) {
      if (gold.speaker === null) {
        total.unnamed += 1;
        if (found.speaker === null) total.abstainCorrect += 1;
      } else {
        total.named += 1;
        if (found.speaker === null) total.none += 1;
        else if (found.speaker === gold.speaker) total.right += 1;
        else total.wrong += 1;
      }
    }
  }
  return total;
}

/** The confidence bands of the calibration table; each holds `from <= confidence < to`. */
export const CONFIDENCE_BANDS = [
  { label: '<0.5', from: -Infinity, to: 0.5 },
  { label: '0.5-0.6', from: 0.5, to: 0.6 },
  { label: '0.6-0.7', from: 0.6, to: 0.7 },
  { label: '0.7-0.8', from: 0.7, to: 0.8 },
  { label: '0.8-0.9', from: 0.8, to: 0.9 },
  { label: '>=0.9', from: 0.9, to: Infinity },
] as const;

export interface BandRow {
  band: string;
  /** Found quotations (exact span) whose confidence falls in the band, whatever their gold speaker. */
  count: number;
  /** Given the gold speaker. */
  right: number;
  /** Given someone else, or someone where the text names no one: the suggestions a reporter must not trust. */
  wrong: number;
  /** Given no one. */
  none: number;
}

/** For each confidence band, how often the speaker offered was right, wrong or missing: what one-click trust can rest on. */
export function calibration(outcomes: PassageOutcome[]): BandRow[] {
  const rows: BandRow[] = CONFIDENCE_BANDS.map((band) => ({ band: band.label, count: 0, right: 0, wrong: 0, none: 0 }));
  for (const outcome of outcomes) {
    for (const [gold, found] of exactPairs(outcome)) {
      const index = CONFIDENCE_BANDS.findIndex((band) => found.confidence >= band.from && found.confidence < band.to);
      const row = rows[index === -1 ? 0 : index] as BandRow;
      row.count += 1;
      if (found.speaker === null) row.none += 1;
      else if (found.speaker === gold.speaker) row.right += 1;
      else row.wrong += 1;
    }
  }
  return rows;
}

const rounded = (value: number): number => Math.round(value * 10_000) / 10_000;
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : rounded(part / whole));

/** Everything the lead reads for one split, as the script prints it and writes it with --json. */
export interface SplitReport {
  passages: number;
  quotations: number;
  detected: number;
  matched: number;
  precision: number;
  recall: number;
  speakers: SpeakerTally & { rightShare: number | null; wrongShare: number | null; noneShare: number | null };
  abstainCorrectShare: number | null;
  calibration: (BandRow & { rightShare: number | null; wrongShare: number | null; noneShare: number | null })[];
}

export function splitReport(outcomes: PassageOutcome[]): SplitReport {
  const total = tally(outcomes);
  const f = figures(total);
  const speakers = speakerTally(outcomes);
  return {
    passages: total.passages,
    quotations: total.quotations,
    detected: total.detected,
    matched: total.matched,
    precision: rounded(f.precision),
    recall: rounded(f.recall),
    speakers: {
      ...speakers,
      rightShare: ratio(speakers.right, speakers.named),
      wrongShare: ratio(speakers.wrong, speakers.named),
      noneShare: ratio(speakers.none, speakers.named),
    },
    abstainCorrectShare: ratio(speakers.abstainCorrect, speakers.unnamed),
    calibration: calibration(outcomes).map((row) => ({
      ...row,
      rightShare: ratio(row.right, row.count),
      wrongShare: ratio(row.wrong, row.count),
      noneShare: ratio(row.none, row.count),
    })),
  };
}
