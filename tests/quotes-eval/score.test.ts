// The scorer counts what an editor would: exact spans for detection, the exact name for the speaker.
import { describe, expect, it } from 'vitest';
import type { GoldQuotation } from './passage';
import {
  calibration,
  figures,
  misses,
  speakerTally,
  splitReport,
  tally,
  type DetectedQuotation,
  type PassageOutcome,
} from './score';

const gold = (start: number, end: number, speaker: string | null): GoldQuotation => ({
  text: 'x'.repeat(end - start),
  start,
  end,
  speaker,
});
const found = (start: number, end: number, speaker: string | null, confidence = 0.5): DetectedQuotation => ({
  text: 'x'.repeat(end - start),
  start,
  end,
  speaker,
  confidence,
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

  it('splits the speakers of found quotations into right, wrong and none, and counts abstentions where no one speaks', () => {
    const outcomes = [
      outcome(
        [gold(1, 10, 'Ana Kovačević'), gold(20, 30, 'Lucía Romero'), gold(40, 50, 'Dragan Petrović')],
        [found(1, 10, 'Ana Kovačević'), found(20, 30, 'Romero'), found(40, 50, null)],
      ),
      outcome(
        [gold(1, 10, null), gold(20, 30, null), gold(40, 50, 'Tama Rangihuna')],
        [found(1, 10, null), found(20, 30, 'Tama Rangihuna')],
      ),
    ];
    expect(speakerTally(outcomes)).toEqual({ named: 3, right: 1, wrong: 1, none: 1, unnamed: 2, abstainCorrect: 1 });
    expect(splitReport(outcomes)).toMatchObject({
      quotations: 6,
      matched: 5,
      speakers: { rightShare: 0.3333, wrongShare: 0.3333, noneShare: 0.3333 },
      abstainCorrectShare: 0.5,
    });
  });

  it('puts each found quotation in its confidence band, lower bound included, a speaker where no one speaks counted wrong', () => {
    const rows = calibration([
      outcome(
        [gold(1, 10, 'Ana Kovačević'), gold(20, 30, 'Lucía Romero'), gold(40, 50, null), gold(60, 70, 'Ana Kovačević')],
        [
          found(1, 10, 'Ana Kovačević', 0.9),
          found(20, 30, 'Kovačević', 0.95),
          found(40, 50, 'Lucía Romero', 0.6),
          found(60, 70, null, 0.3),
          found(80, 90, 'Dragan Petrović', 0.99),
        ],
      ),
    ]);
    const band = (label: string) => rows.find((row) => row.band === label);
    expect(rows.map((row) => row.band)).toEqual(['<0.5', '0.5-0.6', '0.6-0.7', '0.7-0.8', '0.8-0.9', '>=0.9']);
    expect(band('>=0.9')).toEqual({ band: '>=0.9', count: 2, right: 1, wrong: 1, none: 0 });
    expect(band('0.6-0.7')).toEqual({ band: '0.6-0.7', count: 1, right: 0, wrong: 1, none: 0 });
    expect(band('<0.5')).toEqual({ band: '<0.5', count: 1, right: 0, wrong: 0, none: 1 });
    expect(band('0.5-0.6')?.count).toBe(0);
  });

  it('gives no share for a band nobody falls in, rather than a made-up 100%', () => {
    const report = splitReport([outcome([gold(1, 10, 'Ana Kovačević')], [found(1, 10, 'Ana Kovačević', 0.75)])]);
    expect(report.calibration.find((row) => row.band === '0.7-0.8')).toMatchObject({ count: 1, rightShare: 1 });
    expect(report.calibration.find((row) => row.band === '<0.5')).toMatchObject({ count: 0, rightShare: null });
    expect(report.abstainCorrectShare).toBeNull();
  });
});
