// A stand-in detector that reports chosen quotations with the offer each test needs. The offer is
// staged on the quotation itself (DetectedQuotation.offer), as the real detector's adapters set it
// from the calibration: so the one-click path stays tested even while the measurement allows no
// band one click, and the tests hold whatever bounds the next measurement sets.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { DetectedQuotation, DetectedQuotations, QuotePiece } from '../../../core/attribution/detected';
import type { SpeakerOffer } from '../../../core/quotes/calibration';
import type { SpeakerCue } from '../../../core/quotes/types';

/** What a staged quotation is offered: 'too weak' is a candidate the editor does not show. */
export type StagedOffer = Exclude<SpeakerOffer, 'none'> | 'too weak';

/**
 * A confidence to go with each staged offer. Nothing decides the offer from it any more (the offer
 * is staged); it only fills the reason's tooltip, so any plausible number does.
 */
export const STAGED_CONFIDENCE: Record<StagedOffer, number> = { 'one-click': 0.95, question: 0.75, 'too weak': 0.3 };

/** The offer the editor reads off a staged one. */
export const offerOf = (staged: StagedOffer): SpeakerOffer => (staged === 'too weak' ? 'none' : staged);

/** A quotation the staged detector reports: its words, who, what cue, and the offer it comes with. */
export interface StagedQuotation {
  words: string;
  speaker: string | null;
  offer: StagedOffer;
  cue?: SpeakerCue | null;
  speakerKind?: DetectedQuotation['speakerKind'];
  speakerTitle?: string | null;
}

/**
 * A stand-in for the detector that reports these quotations wherever their words stand, so a test
 * shows each offer on purpose while the real detector's confidences are being measured and moved.
 */
export function stagedDetection(staged: readonly StagedQuotation[]): DetectedQuotations {
  return (state) =>
    staged.flatMap((quotation): DetectedQuotation[] => {
      const piece = pieceOf(state.doc, quotation.words);
      if (!piece) return [];
      const named = quotation.speaker !== null;
      return [
        {
          pieces: [piece],
          speaker: quotation.speaker,
          speakerTitle: quotation.speakerTitle ?? null,
          speakerKind: named ? (quotation.speakerKind ?? 'person') : null,
          confidence: named ? STAGED_CONFIDENCE[quotation.offer] : 0,
          offer: named ? offerOf(quotation.offer) : 'none',
          cue: named ? (quotation.cue ?? { kind: 'name', words: quotation.speaker! }) : null,
        },
      ];
    });
}

function pieceOf(doc: PMNode, words: string): QuotePiece | null {
  let found: QuotePiece | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(words);
    if (at >= 0) found = { from: pos + at, to: pos + at + words.length };
    return false;
  });
  return found;
}
