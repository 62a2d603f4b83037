import { describe, expect, it } from 'vitest';
import type { Article, ArticleUpdate } from '../../../core/article/article';
import { setEmbargo } from '../../../core/stamps/embargo';
import { latestUpdate, stampUpdate, type UpdateOptions } from '../../../core/stamps/update';
import { countingIds, deepFreeze, NOW, NOW_IN_ZONE, publishedArticle, readyArticle, ZONE } from './articles';

const update = (article: Article, options: Partial<UpdateOptions> = {}) =>
  stampUpdate(deepFreeze(article), {
    now: NOW,
    kind: 'update',
    note: 'Police reopened the road.',
    by: 'Amina Rahim',
    timeZone: ZONE,
    newId: countingIds('update'),
    ...options,
  });

const logged = (at: string, kind: ArticleUpdate['kind'] = 'update'): ArticleUpdate => ({
  id: `u-${at}`,
  kind,
  at,
  note: 'Earlier.',
  by: 'Ana',
});

describe('stampUpdate', () => {
  it('appends the update to the log and sets updatedAt to its time; publishedAt stays', () => {
    const article = publishedArticle('2025-03-14T08:00:00+01:00');
    const result = update(article);
    expect(result).toEqual({
      ok: true,
      article: {
        ...article,
        updatedAt: NOW_IN_ZONE,
        updates: [
          { id: 'update-1', kind: 'update', at: NOW_IN_ZONE, note: 'Police reopened the road.', by: 'Amina Rahim' },
        ],
      },
    });
  });

  it.each<{ name: string; article: Article; options: Partial<UpdateOptions>; at: string }>([
    {
      name: 'a picked time, written in the newsroom zone',
      article: publishedArticle(),
      options: { at: '2025-03-14T08:45:00Z' },
      at: '2025-03-14T09:45:00+01:00',
    },
    {
      name: 'exactly the publication time',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      options: { at: '2025-03-14T07:00:00Z' },
      at: '2025-03-14T08:00:00+01:00',
    },
    {
      name: 'exactly the previous update’s time',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updatedAt: '2025-03-14T09:00:00+01:00',
        updates: [logged('2025-03-14T09:00:00+01:00')],
      }),
      options: { at: '2025-03-14T09:00:00+01:00' },
      at: '2025-03-14T09:00:00+01:00',
    },
    {
      name: 'a clarification with no note',
      article: publishedArticle(),
      options: { kind: 'clarification', note: '' },
      at: NOW_IN_ZONE,
    },
    {
      name: 'the clock just before midnight in Kabul',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      options: { now: '2025-03-14T19:29:59Z', timeZone: 'Asia/Kabul' },
      at: '2025-03-14T23:59:59+04:30',
    },
    {
      name: 'the clock just after midnight in Kabul',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      options: { now: '2025-03-14T19:30:00Z', timeZone: 'Asia/Kabul' },
      at: '2025-03-15T00:00:00+04:30',
    },
  ])('accepts $name', ({ article, options, at }) => {
    const result = update(article, options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.updatedAt).toBe(at);
    expect(result.article.updates.at(-1)!.at).toBe(at);
    expect(result.article.publishedAt).toBe(article.publishedAt);
  });

  it('keeps a correction’s note, trimmed, as the text readers will see', () => {
    const result = update(publishedArticle(), {
      kind: 'correction',
      note: '  An earlier version misnamed the road.\n',
    });
    expect(result.ok && result.article.updates[0]).toMatchObject({
      kind: 'correction',
      note: 'An earlier version misnamed the road.',
    });
  });

  it.each<{ name: string; article: Article; options: Partial<UpdateOptions>; pattern: RegExp }>([
    {
      name: 'a draft',
      article: readyArticle(),
      options: {},
      pattern: /not been stamped as published yet: an update comes after publication/,
    },
    {
      name: 'a correction without its note',
      article: publishedArticle(),
      options: { kind: 'correction', note: ' ' },
      pattern: /correction needs its note/,
    },
    {
      name: 'a note too long to keep',
      article: publishedArticle(),
      options: { note: 'n'.repeat(5001) },
      pattern: /at most 5000 characters/,
    },
    {
      name: 'an unknown kind',
      article: publishedArticle(),
      options: { kind: 'typo' as ArticleUpdate['kind'] },
      pattern: /“typo” is not a kind of update/,
    },
    {
      name: 'a time before publication',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      options: { at: '2025-03-14T07:59:59+01:00' },
      pattern: /before the article was published \(March 14, 2025, 8 a\.m\. GMT\+1\)/,
    },
    {
      name: 'a time before the previous update',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updatedAt: '2025-03-14T09:00:00+01:00',
        updates: [logged('2025-03-14T09:00:00+01:00')],
      }),
      options: { at: '2025-03-14T08:30:00+01:00' },
      pattern: /before the previous update \(March 14, 2025, 9 a\.m\. GMT\+1\)/,
    },
    {
      name: 'the clock behind the publication time',
      article: publishedArticle('2025-03-14T11:00:00+01:00'),
      options: {},
      pattern: /before the article was published/,
    },
    {
      name: 'a time in the future',
      article: publishedArticle(),
      options: { at: '2025-03-14T10:31:00+01:00' },
      pattern: /is in the future/,
    },
    {
      name: 'a time without an offset',
      article: publishedArticle(),
      options: { at: '2025-03-14T09:00' },
      pattern: /is not a time Byline can read/,
    },
    { name: 'nobody named', article: publishedArticle(), options: { by: '' }, pattern: /set “Your name”/ },
    {
      name: 'an unknown zone',
      article: publishedArticle(),
      options: { timeZone: 'Europe/Atlantis' },
      pattern: /not a time zone Byline knows/,
    },
  ])('refuses $name and leaves the article alone', ({ article, options, pattern }) => {
    const before = structuredClone(article);
    expect(update(article, options)).toEqual({ ok: false, reason: expect.stringMatching(pattern) });
    expect(article).toEqual(before);
  });
});

describe('latestUpdate', () => {
  it.each([
    { updatedAt: null, updates: [], latest: null },
    { updatedAt: '2025-03-14T09:00:00+01:00', updates: [], latest: '2025-03-14T09:00:00+01:00' },
    // Offsets differ: 08:30Z is 09:30 in Berlin, later than 09:00 there.
    {
      updatedAt: '2025-03-14T09:00:00+01:00',
      updates: [logged('2025-03-14T08:30:00Z')],
      latest: '2025-03-14T08:30:00Z',
    },
  ])('is the latest of updatedAt and the log: $latest', ({ updatedAt, updates, latest }) => {
    expect(latestUpdate(publishedArticle(undefined, { updatedAt, updates }))).toBe(latest);
  });
});

describe('setEmbargo', () => {
  it('sets the time the embargo lifts in the newsroom zone, and lifts it with null', () => {
    const set = setEmbargo(deepFreeze(readyArticle()), { until: '2025-03-15T05:00:00Z', timeZone: ZONE });
    expect(set.ok && set.article.embargoUntil).toBe('2025-03-15T06:00:00+01:00');
    const lifted = setEmbargo(deepFreeze(readyArticle({ embargoUntil: '2025-03-15T06:00:00+01:00' })), {
      until: null,
      timeZone: ZONE,
    });
    expect(lifted.ok && lifted.article.embargoUntil).toBeNull();
  });

  it.each([
    {
      name: 'after publication',
      article: publishedArticle(),
      until: '2025-03-15T05:00:00Z',
      timeZone: ZONE,
      pattern: /only be set or lifted before publication/,
    },
    {
      name: 'a time without an offset',
      article: readyArticle(),
      until: '2025-03-15',
      timeZone: ZONE,
      pattern: /embargo time “2025-03-15” is not a time/,
    },
    {
      name: 'an unknown zone',
      article: readyArticle(),
      until: '2025-03-15T05:00:00Z',
      timeZone: 'Nowhere/Land',
      pattern: /not a time zone/,
    },
  ])('refuses $name', ({ article, until, timeZone, pattern }) => {
    expect(setEmbargo(deepFreeze(article), { until, timeZone })).toEqual({
      ok: false,
      reason: expect.stringMatching(pattern),
    });
  });
});
