// The dates an imported page gave, against the record: they never refuse a stamp, a stamp clears
// the ones the record can no longer hold (saying so), and Adopt and Clear put a decision on the
// record. The seed's "Last Updated On: February 18, 2021" is the case the desk met.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import type { PageDates } from '../../../core/article/page-dates';
import { dateLines } from '../../../core/dates/date-lines';
import { DEFAULT_DATE_LABELS } from '../../../core/settings/settings';
import { adoptPageDates, clearPageDates } from '../../../core/stamps/page-dates';
import { correctPublishedAt, stampPublished } from '../../../core/stamps/publish';
import { unholdablePageDates } from '../../../core/stamps/settle-page-dates';
import { stampUpdate } from '../../../core/stamps/update';
import { countingIds, deepFreeze, NOW, NOW_IN_ZONE, publishedArticle, readyArticle, ZONE } from './articles';

const fromPage = (published: string | null, updated: string | null): PageDates => ({
  from: 'seed.txt (web page text)',
  published: published === null ? null : { date: published, settled: null },
  updated: updated === null ? null : { date: updated, settled: null },
});
/** The seed as imported: only a day for the last update, nothing on the record. */
const seed = (overrides: Partial<Article> = {}) =>
  deepFreeze(readyArticle({ pageDates: fromPage(null, '2021-02-18'), ...overrides }));
const common = { now: NOW, by: 'Amina Rahim', timeZone: ZONE, problems: [], newId: countingIds() };
const ok = (result: ReturnType<typeof stampPublished>): Article => {
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

describe('stamping as published with the page’s dates waiting', () => {
  it('stamps the seed “Now” without an override, and clears the page’s day on the record, saying why', () => {
    const article = ok(stampPublished(seed(), common));

    expect(article).toMatchObject({ status: 'published', publishedAt: NOW_IN_ZONE, updatedAt: null, updates: [] });
    expect(article.pageDates?.updated).toEqual({
      date: '2021-02-18',
      settled: {
        as: 'cleared',
        by: 'Amina Rahim',
        at: NOW_IN_ZONE,
        why: "Cleared when the article was stamped as published: the page's date comes before the article's record.",
        record: null,
      },
    });
  });

  it('keeps the page’s day waiting when the story is stamped as published on or before it, so it can still be adopted', () => {
    const sameDay = ok(stampPublished(seed(), { ...common, at: '2021-02-18T15:00:00+01:00' }));
    expect(sameDay.pageDates?.updated?.settled).toBeNull();

    const adopted = ok(adoptPageDates(sameDay, { ...common, newId: countingIds('update') }));
    expect(adopted.updates).toEqual([
      { id: 'update-1', kind: 'update', at: '2021-02-18T15:00:00+01:00', note: '', by: 'Amina Rahim' },
    ]);
    expect(adopted.updatedAt).toBe('2021-02-18T15:00:00+01:00');
    const lines = dateLines(adopted, { dateStyle: 'ap', timeZone: ZONE, dateLabels: DEFAULT_DATE_LABELS });
    expect(lines.lastUpdated?.text).toBe('Last Updated On: Feb. 18, 2021');
  });

  it('clears a page’s publication date: the article’s own stamp replaces it', () => {
    const article = ok(stampPublished(deepFreeze(readyArticle({ pageDates: fromPage('2021-02-17', null) })), common));

    expect(article.pageDates?.published?.settled).toMatchObject({
      as: 'cleared',
      why: "Cleared when the article was stamped as published: its own publication time replaces the page's.",
    });
  });

  it('clears a waiting last-updated day that a later update or a moved publication time leaves behind', () => {
    const published = publishedArticle('2021-02-18T08:00:00+01:00', { pageDates: fromPage(null, '2021-02-18') });
    const updated = stampUpdate(published, { ...common, kind: 'update', note: 'More rain.' });
    expect(updated.ok && updated.article.pageDates?.updated?.settled?.as).toBe('cleared');

    const moved = correctPublishedAt(published, {
      ...common,
      at: '2021-02-19T08:00:00+01:00',
      reason: 'The CMS says the 19th.',
    });
    expect(moved.ok && moved.article.pageDates?.updated?.settled?.why).toMatch(/given a corrected publication time/);
  });

  it('names what a stamp would clear before it is made, for the stamp dialog', () => {
    expect(unholdablePageDates({ ...seed(), publishedAt: NOW_IN_ZONE }, ZONE)).toEqual(['updated']);
    expect(unholdablePageDates({ ...seed(), publishedAt: '2021-02-17T12:00:00+01:00' }, ZONE)).toEqual([]);
  });

  it('leaves an article never imported exactly as the stamp makes it', () => {
    const article = ok(stampPublished(deepFreeze(readyArticle()), common));
    expect(article.pageDates).toBeUndefined();
  });
});

describe('adopting the page’s dates', () => {
  it('makes both dates the record: a publish stamp and an update, each the page’s day, printed without a time', () => {
    const article = ok(
      adoptPageDates(deepFreeze(readyArticle({ pageDates: fromPage('2021-02-17', '2021-02-18') })), common),
    );

    expect(article).toMatchObject({
      status: 'published',
      publishedAt: '2021-02-17T00:00:00+01:00',
      updatedAt: '2021-02-18T00:00:00+01:00',
    });
    expect(article.publishStamps).toHaveLength(1);
    expect(article.updates).toHaveLength(1);
    expect(article.pageDates?.published?.settled).toMatchObject({
      as: 'adopted',
      by: 'Amina Rahim',
      why: 'Adopted from the imported page (seed.txt (web page text)).',
      record: article.publishStamps[0]!.id,
    });
    expect(article.pageDates?.updated?.settled?.record).toBe(article.updates[0]!.id);
    const lines = dateLines(article, {
      dateStyle: 'ap',
      timeZone: 'America/New_York',
      dateLabels: DEFAULT_DATE_LABELS,
    });
    expect([lines.published?.text, lines.lastUpdated?.text]).toEqual([
      'Published Feb. 17, 2021',
      'Last Updated On: Feb. 18, 2021',
    ]);
  });

  it('keeps a time the page gave as that instant', () => {
    const article = ok(
      adoptPageDates(deepFreeze(readyArticle({ pageDates: fromPage('2021-02-17T21:14:00+01:00', null) })), common),
    );
    expect(article.publishedAt).toBe('2021-02-17T21:14:00+01:00');
  });

  it.each<{ name: string; article: Article; reason: RegExp }>([
    {
      name: 'a last-updated day with no publication (the seed): publish first, on or before it',
      article: seed(),
      reason:
        /^The page gave no publication date, and an update comes after publication: stamp the article as published at the time it went live \(on or before Feb\. 18, 2021\)/,
    },
    {
      name: 'a publication with a blocking problem, as a publish stamp is',
      article: deepFreeze(readyArticle({ dateline: null, pageDates: fromPage('2021-02-17', null) })),
      reason: /^The page's publication date \(Feb\. 17, 2021\) cannot be adopted\. One problem stops publication/,
    },
    {
      name: 'nothing waiting',
      article: deepFreeze(readyArticle()),
      reason: /nothing to adopt/,
    },
  ])('refuses $name, and changes nothing', ({ article, reason }) => {
    const before = structuredClone(article);
    const problems =
      article.dateline === null
        ? [
            {
              code: 'missing-dateline' as const,
              severity: 'blocking' as const,
              message: 'The article has no dateline.',
              where: { field: 'dateline' as const },
            },
          ]
        : [];
    const result = adoptPageDates(article, { ...common, problems });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect(article).toEqual(before);
  });
});

describe('clearing the page’s dates', () => {
  it('sets them aside on the record and leaves the article’s own dates alone', () => {
    const result = clearPageDates(seed(), common);
    if (!result.ok) throw new Error(result.reason);

    expect(result.article).toMatchObject({ publishedAt: null, updatedAt: null, updates: [], status: 'draft' });
    expect(result.article.pageDates?.updated?.settled).toEqual({
      as: 'cleared',
      by: 'Amina Rahim',
      at: NOW_IN_ZONE,
      why: 'Cleared in the Dates tab.',
      record: null,
    });
    expect(clearPageDates(result.article, common)).toEqual({
      ok: false,
      reason: expect.stringMatching(/nothing to clear/),
    });
  });

  it('needs a name, as every stamp does', () => {
    expect(clearPageDates(seed(), { ...common, by: ' ' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/name of the person/),
    });
  });
});
