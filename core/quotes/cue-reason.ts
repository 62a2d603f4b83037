// The sentence a suggestion shows to say why it names this speaker: the cue it went on, in the
// reporter's words, so a guess can be judged at a glance ("“she” → Ana Ruiz").
import type { SpeakerCue } from './types';

export function cueReason(cue: SpeakerCue, speaker: string): string {
  const quoted = cue.words === null ? null : `“${cue.words}”`;
  switch (cue.kind) {
    case 'name':
      return quoted ? `named in the cue: ${quoted}` : `named in the cue`;
    case 'part-name':
    case 'pronoun':
    case 'descriptor':
      return `${quoted ?? 'the cue'} → ${speaker}`;
    case 'unnamed':
      return `unnamed source: ${quoted ?? speaker}`;
    case 'colon':
      return quoted ? `colon introduction: ${quoted} → ${speaker}` : `colon introduction`;
    case 'same-paragraph':
      return `named earlier in the paragraph`;
    case 'previous-paragraph':
      return `the one speaker of the paragraph before`;
  }
}
