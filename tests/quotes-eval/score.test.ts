// The scorer counts what an editor would: exact spans for detection, the exact name for the speaker.
import { describe, expect, it } from 'vitest';
import type { GoldQuotation } from './passage';
import { figures, misses, tally, type DetectedQuotation, type PassageOutcome } from './score';

const gold = (start: number, end: number, speaker: string | null): GoldQuotation => ({
  text: 'x'.repeat(end - start),
  start,
  end,
  speaker,
});
const found = (start: number, end: number, speaker: string | null): DetectedQuotation => ({
  text: 'x'.repeat(end - start),
  start,
  end,
  speaker,
  confidence: 0.5,
});
const outcome = (goldQuotations: GoldQuotation[], detected: DetectedQuotation[]): PassageOutcome => ({
  name: 'p',
  gold: goldQuotations,
  detected,
});

describe('scoring quotations', () => {
  it.each([
    {
      about: 'a perfect detector',
      outcomes: [
        outcome(
          [gold(1, 10, 'Ana Kovačević'), gold(20, 30, null)],
          [found(1, 10, 'Ana Kovačević'), found(20, 30, null)],
        ),
      ],
      expected: { precision: 1, recall: 1, lenientRecall: 1, speakerAccuracy: 1, wrongSpeakerShare: 0 },
    },
    {
      about: 'a span one character off counts only as an overlap',
      outcomes: [outcome([gold(1, 10, 'Ana Kovačević')], [found(1, 11, 'Ana Kovačević')])],
      expected: { precision: 0, recall: 0, lenientRecall: 1, speakerAccuracy: 1, wrongSpeakerShare: 0 },
    },
    {
      about: 'a trap taken for a quotation lowers precision only',
      outcomes: [outcome([gold(1, 10, 'Ana Kovačević')], [found(1, 10, 'Ana Kovačević'), found(40, 50, null)])],
      expected: { precision: 0.5, recall: 1, lenientRecall: 1, speakerAccuracy: 1, wrongSpeakerShare: 0 },
    },
    {
      about: 'a surname alone is a wrong speaker, an abstention is not',
      outcomes: [
        outcome(
          [gold(1, 10, 'Ana Kovačević'), gold(20, 30, 'Ana Kovačević')],
          [found(1, 10, 'Kovačević'), found(20, 30, null)],
        ),
      ],
      expected: { precision: 1, recall: 1, lenientRecall: 1, speakerAccuracy: 0, wrongSpeakerShare: 0.5 },
    },
    {
      about: 'naming someone where the text names no one is wrong',
      outcomes: [outcome([gold(1, 10, null)], [found(1, 10, 'Tama Rangihuna')])],
      expected: { precision: 1, recall: 1, lenientRecall: 1, speakerAccuracy: 0, wrongSpeakerShare: 1 },
    },
  ])('$about', ({ outcomes, expected }) => {
    expect(figures(tally(outcomes))).toMatchObject(expected);
  });

  it('one detection overlapping two gold quotations is credited once', () => {
    const total = tally([outcome([gold(1, 10, null), gold(12, 20, null)], [found(1, 20, null)])]);
    expect(figures(total).lenientRecall).toBe(0.5);
  });

  it('lists a missed quotation with what was found instead, speakers wrong or withheld, and every unmatched detection as spurious', () => {
    const list = misses(
      outcome(
        [gold(1, 10, 'Ana Kovačević'), gold(20, 30, 'Lucía Romero'), gold(40, 50, 'Dragan Petrović')],
        [found(1, 11, null), found(20, 30, 'Romero'), found(40, 50, null), found(60, 70, null)],
      ),
    );
    expect(list.map((miss) => miss.kind)).toEqual(['missed', 'wrong speaker', 'abstained', 'spurious', 'spurious']);
    expect(list[0]).toMatchObject({ kind: 'missed', nearest: { start: 1, end: 11 } });
  });
});
