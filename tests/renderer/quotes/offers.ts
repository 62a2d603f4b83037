// Confidences that give each offer, read from speakerOffer itself: the tests build their cases from
// what the calibration decides, so they hold whatever bounds the measurement sets; and a stand-in
// detector that reports chosen quotations with the offer each test needs.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { DetectedQuotation, DetectedQuotations, QuotePiece } from '../../../core/attribution/detected';
import { speakerOffer, type SpeakerOffer } from '../../../core/quotes/calibration';
import type { SpeakerCue } from '../../../core/quotes/types';

/** The highest confidence (in hundredths) at which a named speaker gets `offer`. */
export function confidenceFor(offer: Exclude<SpeakerOffer, 'none'> | 'too weak'): number {
  const wanted: SpeakerOffer = offer === 'too weak' ? 'none' : offer;
  for (let hundredths = 100; hundredths >= 0; hundredths--) {
    if (speakerOffer('Ana Ruiz', hundredths / 100) === wanted) return hundredths / 100;
  }
  throw new Error(`No confidence gives a named speaker the offer "${wanted}".`);
}

/** A quotation the staged detector reports: its words, who, what cue, and which offer its confidence gives. */
export interface StagedQuotation {
  words: string;
  speaker: string | null;
  offer: Exclude<SpeakerOffer, 'none'> | 'too weak';
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
      return [
        {
          pieces: [piece],
          speaker: quotation.speaker,
          speakerTitle: quotation.speakerTitle ?? null,
          speakerKind: quotation.speaker === null ? null : (quotation.speakerKind ?? 'person'),
          confidence: quotation.speaker === null ? 0 : confidenceFor(quotation.offer),
          cue: quotation.speaker === null ? null : (quotation.cue ?? { kind: 'name', words: quotation.speaker }),
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
