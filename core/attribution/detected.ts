// What attribution needs to know about a quotation the detector found but nobody marked yet.
import type { EditorState } from '@tiptap/pm/state';
import { speakerOffer, type SpeakerOffer } from '../quotes/calibration';
import type { DetectedQuote } from '../quotes/detection-state';
import type { SpeakerCue } from '../quotes/types';

/** A run of quoted text in the document, in ProseMirror positions. */
export interface QuotePiece {
  from: number;
  to: number;
}

export interface DetectedQuotation {
  /** One piece per paragraph: an AP-style quotation over three paragraphs has three. */
  pieces: QuotePiece[];
  /** The suggested speaker's full name or noun phrase, or null when the detector abstained. */
  speaker: string | null;
  /** The speaker's title or role as the text gives it ("NATO Secretary General"), or null. */
  speakerTitle: string | null;
  /** An unnamed source ("a spokeswoman") is kept as a person named by its noun phrase. */
  speakerKind: 'person' | 'organisation' | 'unnamed' | null;
  /** 0 to 1. */
  confidence: number;
  /** What the editor may offer for the speaker, by the measured reliability of `confidence` (core/quotes/calibration.ts). */
  offer: SpeakerOffer;
  /** Why the speaker was suggested ("she" → Ana Ruiz); null when the detector abstained. */
  cue: SpeakerCue | null;
}

/** Reads the detector's current results from an editor state; the editor wires in the detector. */
export type DetectedQuotations = (state: EditorState) => readonly DetectedQuotation[];

export const noDetection: DetectedQuotations = () => [];

/** One of the detector's quotations as attribution reads it, with what the calibration lets it offer. */
export const asDetectedQuotation = (quote: DetectedQuote): DetectedQuotation => ({
  pieces: quote.ranges,
  speaker: quote.speaker,
  speakerTitle: quote.speakerTitle,
  speakerKind: quote.speakerKind,
  confidence: quote.confidence,
  cue: quote.cue,
  offer: speakerOffer(quote.speaker, quote.confidence),
});
