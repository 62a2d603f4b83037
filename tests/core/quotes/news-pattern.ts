// One way to write a speaker-attribution pattern as a test: invented paragraphs a reporter might
// write, and what a reporter expects of each quotation found in them (shared by the pattern files).
import { describe, expect, it } from 'vitest';
import { speakerOffer } from '../../../core/quotes/calibration';
import { detectQuotations } from '../../../core/quotes/detect';
import { blockParagraphs } from '../../../core/quotes/plain-text';
import type { CueKind, DetectedQuotation, SpeakerKind } from '../../../core/quotes/types';

export function detect(...paragraphs: string[]): DetectedQuotation[] {
  const text = paragraphs.join('\n\n');
  return detectQuotations(blockParagraphs(text), text);
}

/** What a reporter expects of one quotation in the passage, in document order. */
export interface Expected {
  /** The words between the marks. */
  text: string;
  /** Full name as first introduced, no titles; an organisation without "the"; null when the text does not say. */
  speaker: string | null;
  /** The cue the suggestion should say it used, where the pattern is about that cue. */
  cue?: CueKind;
  kind?: SpeakerKind;
  /** A guess through a descriptor, a pronoun or another paragraph: right, but never settled with one click. */
  risky?: true;
}

export interface Case {
  name: string;
  paragraphs: string[];
  expected: Expected[];
}

export function pattern(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const { name, paragraphs, expected } of cases) {
      it(name, () => {
        const found = detect(...paragraphs);
        expect(found.map(({ text, speaker }) => ({ text, speaker }))).toEqual(
          expected.map(({ text, speaker }) => ({ text, speaker })),
        );
        expected.forEach((want, index) => {
          const quotation = found[index]!;
          if (want.cue) expect(quotation.cue?.kind).toBe(want.cue);
          if (want.kind) expect(quotation.speakerKind).toBe(want.kind);
          if (want.risky) expect(speakerOffer(quotation.speaker, quotation.confidence)).not.toBe('one-click');
        });
      });
    }
  });
}
