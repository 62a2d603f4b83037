import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import type { Problem } from '../../../core/checks/problem';
import { correctPublishedAt, stampPublished, type PublishOptions } from '../../../core/stamps/publish';
import { countingIds, deepFreeze, NOW, NOW_IN_ZONE, publishedArticle, readyArticle, ZONE } from './articles';

const blocking = (code: Problem['code'], message: string): Problem => ({
  code,
  severity: 'blocking',
  message,
  where: { field: 'headline' },
});
const warning: Problem = {
  code: 'unverified-source',
  severity: 'warning',
  message: 'The source Ana Ruiz is not verified.',
  where: { field: 'sources' },
};
const unattributed = (n: number): Problem => ({
  code: 'unattributed-quote',
  severity: 'blocking',
  message: `The quotation “Q${n}” has no source.`,
  where: { body: { from: n, to: n + 5 } },
});

const publish = (article: Article, options: Partial<PublishOptions> = {}) =>
  stampPublished(deepFreeze(article), {
    now: NOW,
    by: 'Amina Rahim',
    timeZone: ZONE,
    problems: [],
    newId: countingIds(),
    ...options,
  });

describe('stampPublished', () => {
  it('sets publishedAt to now in the newsroom zone, the status and the desk’s stage to published, and records the stamp', () => {
    const result = publish(readyArticle());
    const approved = readyArticle();
    expect(result).toEqual({
      ok: true,
      article: {
        ...approved,
        status: 'published',
        review: {
          ...approved.review!,
          stage: 'published',
          log: [
            ...approved.review!.log,
            { from: 'approved', to: 'published', by: 'Amina Rahim', at: NOW_IN_ZONE, note: null },
          ],
        },
        publishedAt: NOW_IN_ZONE,
        publishStamps: [
          {
            id: 'stamp-1',
            kind: 'published',
            publishedAt: NOW_IN_ZONE,
            previous: null,
            stampedAt: NOW_IN_ZONE,
            by: 'Amina Rahim',
            reason: null,
            override: null,
          },
        ],
      },
    });
  });

  it.each([
    { at: '2025-03-14T06:15:00Z', zone: ZONE, publishedAt: '2025-03-14T07:15:00+01:00' },
    { at: '2025-03-14T07:15:00+01:00', zone: 'Asia/Kabul', publishedAt: '2025-03-14T10:45:00+04:30' },
    { at: '2025-03-13T23:59:59-05:00', zone: 'Asia/Kathmandu', publishedAt: '2025-03-14T10:44:59+05:45' },
    { at: '2025-03-14T09:30:00Z', zone: 'UTC', publishedAt: '2025-03-14T09:30:00+00:00' },
  ])(
    'takes a picked time $at, written in $zone as $publishedAt; the stamp keeps when it was made',
    ({ at, zone, publishedAt }) => {
      const result = publish(readyArticle(), { at, timeZone: zone });
      if (!result.ok) throw new Error(result.reason);
      expect(result.article.publishedAt).toBe(publishedAt);
      expect(result.article.publishStamps[0]!.publishedAt).toBe(publishedAt);
      expect(Date.parse(result.article.publishStamps[0]!.stampedAt)).toBe(Date.parse(NOW));
    },
  );

  it('lets blocking problems through with a reason, recording the reason, the codes (each once) and who', () => {
    const result = publish(readyArticle(), {
      problems: [unattributed(1), warning, unattributed(9), blocking('missing-dateline', 'No dateline.')],
      override: { reason: '  Desk approved: the source asked not to be named.  ' },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.publishStamps[0]).toMatchObject({
      by: 'Amina Rahim',
      override: {
        reason: 'Desk approved: the source asked not to be named.',
        problems: ['unattributed-quote', 'missing-dateline'],
      },
    });
  });

  it('records no override when only warnings stood in the way, even if a reason was given', () => {
    const result = publish(readyArticle(), { problems: [warning], override: { reason: 'Just in case' } });
    expect(result.ok && result.article.publishStamps[0]!.override).toBeNull();
  });

  it.each<{ name: string; article: Article; options: Partial<PublishOptions>; reason: RegExp }>([
    {
      name: 'already published',
      article: publishedArticle(),
      options: {},
      reason: /already stamped as published at March 14, 2025, 8 a\.m\. GMT\+1.*correct the publication time/,
    },
    {
      name: 'a picked time in the future',
      article: readyArticle(),
      options: { at: '2025-03-14T09:30:01Z' },
      reason: /March 14, 2025, 10:30:01 a\.m\. GMT\+1 is in the future.*embargo/,
    },
    {
      name: 'a picked time without an offset',
      article: readyArticle(),
      options: { at: '2025-03-14T08:00:00' },
      reason: /“2025-03-14T08:00:00” is not a time Byline can read/,
    },
    {
      name: 'a picked time that is not a time',
      article: readyArticle(),
      options: { at: 'yesterday' },
      reason: /“yesterday” is not a time/,
    },
    {
      name: 'an embargo still in force',
      article: readyArticle({ embargoUntil: '2025-03-14T12:00:00+01:00' }),
      options: {},
      reason: /under embargo until March 14, 2025, noon GMT\+1/,
    },
    {
      name: 'a picked time before an embargo that has passed',
      article: readyArticle({ embargoUntil: '2025-03-14T09:00:00+01:00' }),
      options: { at: '2025-03-14T07:59:00Z' },
      reason: /under embargo until/,
    },
    {
      name: 'an update already stamped before that time',
      article: readyArticle({ updatedAt: '2025-03-14T09:00:00+01:00' }),
      options: {},
      reason: /already has an update stamped at March 14, 2025, 9 a\.m\. GMT\+1/,
    },
    {
      name: 'a blocking problem',
      article: readyArticle(),
      options: { problems: [blocking('missing-headline', 'The article has no headline.'), warning] },
      reason: /^One problem stops publication: The article has no headline\. Fix it, or override/,
    },
    {
      name: 'two blocking problems',
      article: readyArticle(),
      options: { problems: [unattributed(1), unattributed(2)] },
      reason:
        /^2 problems stop publication: The quotation “Q1” has no source\. The quotation “Q2” has no source\. Fix them/,
    },
    {
      name: 'an override without a reason',
      article: readyArticle(),
      options: { problems: [unattributed(1)], override: { reason: ' \n ' } },
      reason: /override with a reason/,
    },
    {
      name: 'an override reason too long to keep',
      article: readyArticle(),
      options: { problems: [unattributed(1)], override: { reason: 'x'.repeat(2001) } },
      reason: /at most 2000 characters/,
    },
    { name: 'nobody named', article: readyArticle(), options: { by: '  ' }, reason: /set “Your name” in Settings/ },
    {
      name: 'a name too long to keep',
      article: readyArticle(),
      options: { by: 'x'.repeat(201) },
      reason: /at most 200 characters/,
    },
    {
      name: 'an unknown zone',
      article: readyArticle(),
      options: { timeZone: 'Mars/Olympus' },
      reason: /“Mars\/Olympus” is not a time zone/,
    },
    {
      name: 'a raw offset for a zone',
      article: readyArticle(),
      options: { timeZone: '+04:30' },
      reason: /is not a time zone/,
    },
  ])('refuses $name, saying why, and leaves the article alone', ({ article, options, reason }) => {
    const before = structuredClone(article);
    const result = publish(article, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
    expect(article).toEqual(before);
  });

  it('publishes right when an embargo lifts, and at a picked time after it', () => {
    expect(publish(readyArticle({ embargoUntil: NOW_IN_ZONE })).ok).toBe(true);
    expect(
      publish(readyArticle({ embargoUntil: '2025-03-14T09:00:00+01:00' }), { at: '2025-03-14T08:00:00Z' }).ok,
    ).toBe(true);
  });
});

const correct = (article: Article, at: string, reason = 'The CMS went live an hour earlier than stamped.', now = NOW) =>
  correctPublishedAt(deepFreeze(article), {
    now,
    at,
    reason,
    by: 'Desk editor',
    timeZone: ZONE,
    newId: countingIds('fix'),
  });

describe('correctPublishedAt', () => {
  it('moves publishedAt and records the correction with the previous time, the reason and who', () => {
    const result = correct(publishedArticle('2025-03-14T08:00:00+01:00'), '2025-03-14T06:00:00Z');
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.publishedAt).toBe('2025-03-14T07:00:00+01:00');
    expect(result.article.status).toBe('published');
    expect(result.article.publishStamps).toEqual([
      publishedArticle().publishStamps[0],
      {
        id: 'fix-1',
        kind: 'published-corrected',
        publishedAt: '2025-03-14T07:00:00+01:00',
        previous: '2025-03-14T08:00:00+01:00',
        stampedAt: NOW_IN_ZONE,
        by: 'Desk editor',
        reason: 'The CMS went live an hour earlier than stamped.',
        override: null,
      },
    ]);
  });

  it('may move it up to the last update, not past it', () => {
    const updated = publishedArticle('2025-03-14T08:00:00+01:00', {
      updatedAt: '2025-03-14T09:00:00+01:00',
      updates: [{ id: 'u1', kind: 'update', at: '2025-03-14T09:00:00+01:00', note: 'More rain.', by: 'Amina Rahim' }],
    });
    expect(correct(updated, '2025-03-14T09:00:00+01:00').ok).toBe(true);
    expect(correct(updated, '2025-03-14T09:00:01+01:00')).toEqual({
      ok: false,
      reason: expect.stringMatching(/would come after the update stamped at March 14, 2025, 9 a\.m\. GMT\+1/),
    });
  });

  it.each<{ name: string; article: Article; at: string; reason?: string; pattern: RegExp }>([
    {
      name: 'a draft',
      article: readyArticle(),
      at: '2025-03-14T07:00:00+01:00',
      pattern: /not been stamped as published yet/,
    },
    {
      name: 'no reason',
      article: publishedArticle(),
      at: '2025-03-14T07:00:00+01:00',
      reason: '   ',
      pattern: /needs a reason/,
    },
    {
      name: 'a reason too long to keep',
      article: publishedArticle(),
      at: '2025-03-14T07:00:00+01:00',
      reason: 'r'.repeat(2001),
      pattern: /at most 2000 characters/,
    },
    {
      name: 'the same time written another way',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      at: '2025-03-14T07:00:00Z',
      pattern: /already March 14, 2025, 8 a\.m\. GMT\+1; there is nothing to correct/,
    },
    {
      name: 'a time in the future',
      article: publishedArticle(),
      at: '2025-03-15T07:00:00+01:00',
      pattern: /is in the future/,
    },
    {
      name: 'a time after updatedAt',
      article: publishedArticle('2025-03-14T08:00:00+01:00', { updatedAt: '2025-03-14T08:30:00+01:00' }),
      at: '2025-03-14T09:00:00+01:00',
      pattern: /after the update stamped at March 14, 2025, 8:30 a\.m\. GMT\+1/,
    },
    {
      name: 'a time after an update in the log',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updates: [{ id: 'u1', kind: 'clarification', at: '2025-03-14T08:20:00+01:00', note: '', by: 'A' }],
      }),
      at: '2025-03-14T08:40:00+01:00',
      pattern: /after the update stamped at March 14, 2025, 8:20 a\.m\. GMT\+1/,
    },
    {
      name: 'a time between two updates (after the first)',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updatedAt: '2025-03-14T10:00:00+01:00',
        updates: [
          { id: 'u1', kind: 'update', at: '2025-03-14T08:10:00+01:00', note: 'Rain.', by: 'A' },
          { id: 'u2', kind: 'update', at: '2025-03-14T10:00:00+01:00', note: 'More rain.', by: 'A' },
        ],
      }),
      at: '2025-03-14T09:00:00+01:00',
      pattern: /after the update stamped at March 14, 2025, 8:10 a\.m\. GMT\+1/,
    },
    {
      name: 'a time that cannot be read',
      article: publishedArticle(),
      at: '14 March, 7am',
      pattern: /is not a time Byline can read/,
    },
  ])('refuses $name and leaves the article alone', ({ article, at, reason, pattern }) => {
    const before = structuredClone(article);
    const result = correct(article, at, reason);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(pattern) });
    expect(article).toEqual(before);
  });
});
