// The detector's live results (core/quotes) in the shape attribution works with.
import type { EditorState } from '@tiptap/pm/state';
import { detectedQuotes, type DetectedQuote } from '../quotes/detection-extension';
import type { DetectedQuotation, DetectedQuotations } from './detected';
import { speakerOffer } from '../quotes/calibration';

// The detector hands out a new list only when the document changed; convert each list once.
const converted = new WeakMap<readonly DetectedQuote[], DetectedQuotation[]>();

export const detectedInEditor: DetectedQuotations = (state: EditorState) => {
  const quotes = detectedQuotes(state);
  let result = converted.get(quotes);
  if (!result) {
    result = quotes.map((quote) => ({
      pieces: quote.ranges,
      speaker: quote.speaker,
      speakerTitle: quote.speakerTitle,
      speakerKind: quote.speakerKind,
      confidence: quote.confidence,
      cue: quote.cue,
      offer: speakerOffer(quote.speaker, quote.confidence),
    }));
    converted.set(quotes, result);
  }
  return result;
};
