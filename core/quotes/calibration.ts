// What a suggested speaker may offer, by how sure the detector is. The bounds come from measuring:
// per confidence band, the share of right, wrong and missing speakers on passages no rule was
// tuned on (bench/README.md, "Speaker calibration"). A one-click suggestion only where at most
// 2 % of them were wrong; below that the candidate is asked about, never offered as settled.
export type SpeakerOffer = 'one-click' | 'question' | 'none';

/** The lowest confidence at which measured wrong speakers stayed at or under 2 %. */
export const ONE_CLICK_FROM = 0.9;
/** Below this, a candidate is more often wrong or missing than right: nothing is shown. */
export const QUESTION_FROM = 0.5;

export function speakerOffer(speaker: string | null, confidence: number): SpeakerOffer {
  if (speaker === null) return 'none';
  if (confidence >= ONE_CLICK_FROM) return 'one-click';
  return confidence >= QUESTION_FROM ? 'question' : 'none';
}
