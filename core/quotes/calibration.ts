// What a suggested speaker may offer, by how sure the detector is, read off a measurement rather
// than chosen: per confidence band, how many speakers were right and how many wrong on passages no
// rule was tuned on (docs/QUOTES.md, "Calibration"). A band offers one click only where at most 2 %
// of its speakers were wrong; below that the candidate is asked about as a question; a band whose
// candidates were wrong as often as right shows nothing. Measure again, update the table, and the
// offers follow: nothing else in the code names a confidence bound.
export type SpeakerOffer = 'one-click' | 'question' | 'none';

export interface MeasuredBand {
  /** The band holds confidences from `from` up to the next band's `from`. */
  from: number;
  /** Speakers the held-back sets found right and wrong in the band (a name where the text names no one is wrong). */
  right: number;
  wrong: number;
}

/**
 * Issue 14's held-back measurement, three sets pooled: our evaluation set's held-out third (19
 * passages, `npm run eval:calibration`), the 15 held-out pages of the first real-news sample, and a
 * fourth real-news sample of 44 pages from 44 sites (217 quotations) annotated before the detector
 * was run on it (the second and third samples, pooled here before, have since been tuned on).
 * Ordered by `from`. Measured after the review's mends (colon heads capped at 0.7); docs/QUOTES.md has each set's own rows.
 */
export const MEASURED_BANDS: readonly MeasuredBand[] = [
  { from: 0.5, right: 35, wrong: 2 },
  { from: 0.7, right: 73, wrong: 24 },
  { from: 0.8, right: 29, wrong: 4 },
  { from: 0.9, right: 86, wrong: 5 },
];

/** The most a one-click suggestion may be wrong: issue 14's bar for a reporter's trust. */
export const ONE_CLICK_MOST_WRONG = 0.02;

const wrongShare = (band: MeasuredBand) => band.wrong / Math.max(1, band.right + band.wrong);

/** The lowest confidence from which every measured band is wrong at most 2 % of the time; null when none is. */
export function oneClickFrom(bands: readonly MeasuredBand[]): number | null {
  let from: number | null = null;
  for (let i = bands.length - 1; i >= 0 && wrongShare(bands[i]!) <= ONE_CLICK_MOST_WRONG; i--) from = bands[i]!.from;
  return from;
}

/** The lowest confidence whose band was right more often than wrong: below it a candidate is not shown at all. */
export function questionFrom(bands: readonly MeasuredBand[]): number {
  const trusted = bands.find((band) => band.right > band.wrong);
  return trusted?.from ?? Infinity;
}

const ONE_CLICK_FROM = oneClickFrom(MEASURED_BANDS);
const QUESTION_FROM = questionFrom(MEASURED_BANDS);

export function speakerOffer(speaker: string | null, confidence: number): SpeakerOffer {
  if (speaker === null) return 'none';
  if (ONE_CLICK_FROM !== null && confidence >= ONE_CLICK_FROM) return 'one-click';
  return confidence >= QUESTION_FROM ? 'question' : 'none';
}
