// A speaker the text does not name ("a NATO spokesperson", "officials", "a police officer") is a
// source without a name: the noun phrase is its role. The source list then never holds a person
// called "a NATO spokesperson", and the Sources tab and the export do not print a role as a name.
import { newSource, type Source } from '../article/source';
import type { DetectedQuotation } from './detected';
import { normalName } from './sources';

/** Who the detector suggests for a quotation, as one-click attribution needs it. */
export type SuggestedSpeaker = Pick<DetectedQuotation, 'speaker' | 'speakerTitle' | 'speakerKind'> & {
  speaker: string;
  /** Why the detector named them, when it did ("she" → Ana Ruiz); absent for a speaker the reporter chose. */
  cue?: DetectedQuotation['cue'];
};

/**
 * The detector's own word first; else a lower-case start, which no personal name or organisation
 * in a newsroom's copy has ("officials", "a police officer"), while "NATO" and "Jens" do.
 */
export function isUnnamedSpeaker(speaker: SuggestedSpeaker): boolean {
  if (speaker.speakerKind === 'unnamed') return true;
  if (speaker.speakerKind === 'organisation') return false;
  return /^\p{Ll}/u.test(speaker.speaker.trim());
}

/** A source is unnamed when it has no name; its role says who it is. */
export const isUnnamedSource = (source: Source): boolean => source.name.trim() === '';

/** The source this suggestion means, if the list has it already (older files named unnamed sources by their phrase). */
export function findSourceForSpeaker(sources: readonly Source[], speaker: SuggestedSpeaker): Source | undefined {
  const wanted = normalName(speaker.speaker);
  if (isUnnamedSpeaker(speaker)) {
    const unnamed = sources.find((source) => isUnnamedSource(source) && normalName(source.title) === wanted);
    if (unnamed) return unnamed;
  }
  return sources.find((source) => !isUnnamedSource(source) && normalName(source.name) === wanted);
}

/** A new source for a suggested speaker: a name and its title, or no name and the noun phrase as its role. */
export function sourceForSpeaker(id: string, speaker: SuggestedSpeaker): Source {
  if (isUnnamedSpeaker(speaker)) return newSource(id, '', { title: speaker.speaker.trim(), kind: 'person' });
  return newSource(id, speaker.speaker.trim(), {
    title: speaker.speakerTitle ?? '',
    kind: speaker.speakerKind === 'organisation' ? 'organisation' : 'person',
  });
}

/** Who the suggestion is, as a button says it: "Jens Stoltenberg", "an unnamed source: a NATO spokesperson". */
export function speakerLabel(speaker: SuggestedSpeaker): string {
  return isUnnamedSpeaker(speaker) ? `an unnamed source: ${speaker.speaker.trim()}` : speaker.speaker.trim();
}

/** A source as lists and tooltips show it: its name, or "Unnamed source (a NATO spokesperson)". */
export function sourceLabel(source: Source): string {
  if (!isUnnamedSource(source)) return source.name.trim();
  const role = source.title.trim();
  return role === '' ? 'Unnamed source' : `Unnamed source (${role})`;
}
