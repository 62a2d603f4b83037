// How a suggested speaker is put to the reporter: by name, with the reason the detector named them
// (the cue it went on, "“she” → Ana Ruiz"), and as a question ("Ana Ruiz?") when the measured
// reliability allows no more than asking. The confidence number stays out of the words: a
// reporter judges a reason, not a percentage; a tooltip keeps it for whoever wants it.
import { isUnnamedSpeaker, type SuggestedSpeaker } from '../../core/attribution/unnamed-sources';
import { cueReason } from '../../core/quotes/cue-reason';

/** "Jens Stoltenberg"; "a NATO spokesperson (unnamed source)". */
export const candidateName = (speaker: SuggestedSpeaker): string =>
  isUnnamedSpeaker(speaker) ? `${speaker.speaker.trim()} (unnamed source)` : speaker.speaker.trim();

/** Why the detector named this speaker ("“she” → Ana Ruiz"); null when it gave no cue. */
export function reasonFor(speaker: SuggestedSpeaker): string | null {
  return speaker.cue ? cueReason(speaker.cue, speaker.speaker.trim()) : null;
}

// A question and its answer name the speaker plainly ("a NATO spokesperson?"): the reason under
// them already says "unnamed source", and a narrow panel has no room to say it twice.

/** The candidate put as a question: "Ana Ruiz?". */
export const askAbout = (speaker: SuggestedSpeaker): string => `${speaker.speaker.trim()}?`;

/** The deliberate answer to the question: "Yes, Ana Ruiz". */
export const yesTo = (speaker: SuggestedSpeaker): string => `Yes, ${speaker.speaker.trim()}`;

/** The other answer: the picker, for any source. */
export const SOMEONE_ELSE = 'Someone else…';

/** The tooltip on a reason: the number behind the offer, for whoever wants it. */
export const confidenceHint = (confidence: number): string =>
  `The detector’s confidence: ${Math.round(confidence * 100)}%`;
