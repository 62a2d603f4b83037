// The offers a suggested speaker gets are read off the measured table, never chosen by hand.
import { describe, expect, it } from 'vitest';
import {
  MEASURED_BANDS,
  ONE_CLICK_MOST_WRONG,
  oneClickFrom,
  questionFrom,
  speakerOffer,
} from '../../../core/quotes/calibration';

const band = (from: number, right: number, wrong: number) => ({ from, right, wrong });

describe('reading the one-click bound off a measurement', () => {
  it('starts one click at the lowest band from which every band is wrong at most 2 % of the time', () => {
    expect(oneClickFrom([band(0.5, 10, 10), band(0.8, 98, 2), band(0.9, 200, 1)])).toBe(0.8);
  });

  it('never lets a worse band above a good one be one click', () => {
    expect(oneClickFrom([band(0.8, 100, 0), band(0.9, 90, 10)])).toBeNull();
  });

  it('offers no one click at all when no band met the bar', () => {
    expect(oneClickFrom([band(0.5, 5, 5), band(0.9, 90, 9)])).toBeNull();
  });

  it('shows a candidate as a question from the first band right more often than wrong', () => {
    expect(questionFrom([band(0.3, 2, 5), band(0.5, 6, 4), band(0.7, 9, 1)])).toBe(0.5);
  });
});

describe('today’s measurement', () => {
  it('is what the app offers by: one click only where a band met the bar, else a question, else nothing', () => {
    const oneClick = oneClickFrom(MEASURED_BANDS);
    const question = questionFrom(MEASURED_BANDS);
    for (const { from, right, wrong } of MEASURED_BANDS) {
      const expected =
        wrong / (right + wrong) <= ONE_CLICK_MOST_WRONG && oneClick !== null && from >= oneClick
          ? 'one-click'
          : from >= question
            ? 'question'
            : 'none';
      expect(speakerOffer('Ana Ruiz', from)).toBe(expected);
    }
    expect(speakerOffer(null, 0.99)).toBe('none');
    expect(speakerOffer('Ana Ruiz', 0.2)).toBe('none');
  });
});
