// "Keep mine" after a colleague stamped the file: a decision on an imported page's dates made on
// either side stays made, so a day cleared on the record never comes back as waiting.
import { describe, expect, it } from 'vitest';
import type { PageDates } from '../../../core/article/page-dates';
import { joinedStamps, stampsOf } from '../../../renderer/session/articleStamps';
import { readyArticle } from '../../core/stamps/articles';

const waiting: PageDates = {
  from: 'seed.txt (web page text)',
  published: null,
  updated: { date: '2021-02-18', settled: null },
};
const cleared: PageDates = {
  ...waiting,
  updated: {
    date: '2021-02-18',
    settled: {
      as: 'cleared',
      by: 'Dana Whitfield',
      at: '2025-03-14T10:30:00+01:00',
      why: 'Cleared in the Dates tab.',
      record: null,
    },
  },
};

describe('joining the page’s dates', () => {
  it.each([
    ['theirs', waiting, cleared],
    ['mine', cleared, waiting],
  ])('keeps the page’s day cleared when %s cleared it', (_side, mine, theirs) => {
    const joined = joinedStamps(
      stampsOf(readyArticle({ pageDates: mine })),
      stampsOf(readyArticle({ pageDates: theirs })),
    );
    expect(joined.pageDates?.updated?.settled?.as).toBe('cleared');
  });

  it('leaves an article never imported without page dates', () => {
    expect(joinedStamps(stampsOf(readyArticle()), stampsOf(readyArticle())).pageDates).toBeUndefined();
  });
});
