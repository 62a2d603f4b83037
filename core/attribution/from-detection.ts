// The detector's live results (core/quotes) in the shape attribution works with.
import type { EditorState } from '@tiptap/pm/state';
import { detectedQuotes, type DetectedQuote } from '../quotes/detection-extension';
import { asDetectedQuotation, type DetectedQuotation, type DetectedQuotations } from './detected';

// The detector hands out a new list only when the document changed; convert each list once.
const converted = new WeakMap<readonly DetectedQuote[], DetectedQuotation[]>();

export const detectedInEditor: DetectedQuotations = (state: EditorState) => {
  const quotes = detectedQuotes(state);
  let result = converted.get(quotes);
  if (!result) {
    result = quotes.map(asDetectedQuotation);
    converted.set(quotes, result);
  }
  return result;
};
