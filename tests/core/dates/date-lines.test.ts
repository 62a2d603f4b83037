// The date lines the Dates panel and the export both print, from an article and the settings.
import { describe, expect, it } from 'vitest';
import type { ArticleUpdate } from '../../../core/article/article';
import { dateLines } from '../../../core/dates/date-lines';
import { DEFAULT_DATE_LABELS, type DateStyle } from '../../../core/settings/settings';

const update = (id: string, kind: ArticleUpdate['kind'], at: string, note: string): ArticleUpdate => ({
  id,
  kind,
  at,
  note,
  by: 'Amina Rahim',
});
const settings = (dateStyle: DateStyle, timeZone: string) => ({
  dateStyle,
  timeZone,
  dateLabels: { ...DEFAULT_DATE_LABELS },
});

const stamped = {
  // Stored with Kabul's offset by a reporter there; printed in the newsroom's zone.
  publishedAt: '2021-02-19T06:44:00+04:30',
  updatedAt: '2021-02-19T15:00:00Z',
  updates: [
    update('u1', 'update', '2021-02-19T05:00:00Z', 'Adds the minister’s statement.'),
    update('u2', 'correction', '2021-02-19T15:00:00Z', 'An earlier version gave the wrong date for the talks.'),
  ],
};

describe('dateLines', () => {
  it('prints every line in the newsroom zone with the style and label templates', () => {
    expect(dateLines(stamped, settings('ap', 'America/New_York'))).toMatchObject({
      published: { text: 'Published Feb. 18, 2021, 9:14 p.m. EST', datetime: '2021-02-18T21:14:00-05:00' },
      lastUpdated: { text: 'Last Updated On: Feb. 19, 2021, 10 a.m. EST', datetime: '2021-02-19T10:00:00-05:00' },
      updates: [
        {
          id: 'u1',
          kind: 'update',
          note: 'Adds the minister’s statement.',
          text: 'Updated Feb. 19, 2021, midnight EST: Adds the minister’s statement.',
          datetime: '2021-02-19T00:00:00-05:00',
        },
        {
          id: 'u2',
          kind: 'correction',
          note: 'An earlier version gave the wrong date for the talks.',
          text: 'Correction, Feb. 19, 2021, 10 a.m. EST: An earlier version gave the wrong date for the talks.',
          datetime: '2021-02-19T10:00:00-05:00',
        },
      ],
    });
  });

  const styles: { style: DateStyle; zone: string; published: string; datetime: string }[] = [
    {
      style: 'long',
      zone: 'Asia/Kabul',
      published: 'Published February 19, 2021',
      datetime: '2021-02-19T06:44:00+04:30',
    },
    {
      style: 'iso',
      zone: 'Asia/Kathmandu',
      published: 'Published 2021-02-19T07:59:00+05:45',
      datetime: '2021-02-19T07:59:00+05:45',
    },
    {
      style: 'ap',
      zone: 'UTC',
      published: 'Published Feb. 19, 2021, 2:14 a.m. UTC',
      datetime: '2021-02-19T02:14:00+00:00',
    },
  ];
  for (const { style, zone, published, datetime } of styles) {
    it(`prints ${style} in ${zone}`, () =>
      expect(dateLines(stamped, settings(style, zone)).published).toMatchObject({ text: published, datetime }));
  }

  it('uses each kind’s own template, and drops the note separator when a note is empty', () => {
    const labels = {
      published: 'First posted {date}',
      lastUpdated: 'Revised {date}',
      update: 'UPDATE {date} — {note}',
      correction: 'CORRECTION ({date}): {note}',
      clarification: 'Clarified {date}: {note}',
    };
    const article = {
      publishedAt: null,
      updatedAt: null,
      updates: [
        update('a', 'update', '2021-02-18T17:00:00Z', ''),
        update('b', 'clarification', '2021-02-18T17:00:00Z', 'Names the agency.'),
        update('c', 'correction', '2021-02-18T17:00:00Z', 'Fixes a figure.'),
      ],
    };
    const lines = dateLines(article, { dateStyle: 'ap', timeZone: 'America/New_York', dateLabels: labels });
    expect(lines.updates.map((line) => line.text)).toEqual([
      'UPDATE Feb. 18, 2021, noon EST',
      'Clarified Feb. 18, 2021, noon EST: Names the agency.',
      'CORRECTION (Feb. 18, 2021, noon EST): Fixes a figure.',
    ]);
  });

  it('has no lines for an article nobody has stamped', () => {
    expect(dateLines({ publishedAt: null, updatedAt: null, updates: [] }, settings('ap', 'UTC'))).toEqual({
      published: null,
      lastUpdated: null,
      updates: [],
    });
  });
});

describe('a day an imported page gave without a time of day', () => {
  const adopted = (date: string) => ({
    publishedAt: '2021-02-17T00:00:00-05:00',
    updatedAt: '2021-02-18T00:00:00-05:00',
    updates: [update('u1', 'update', '2021-02-18T00:00:00-05:00', '')],
    publishStamps: [
      {
        id: 'p1',
        kind: 'published' as const,
        publishedAt: '2021-02-17T00:00:00-05:00',
        previous: null,
        stampedAt: '2026-03-01T09:00:00-05:00',
        by: 'Amina Rahim',
        reason: null,
        override: null,
      },
    ],
    pageDates: {
      from: 'seed.txt (web page text)',
      published: {
        date: '2021-02-17',
        settled: { as: 'adopted' as const, by: 'A', at: '2026-03-01T09:00:00-05:00', why: '', record: 'p1' },
      },
      updated: {
        date,
        settled: { as: 'adopted' as const, by: 'A', at: '2026-03-01T09:00:00-05:00', why: '', record: 'u1' },
      },
    },
  });

  it.each([
    ['ap', 'Published Feb. 17, 2021', 'Last Updated On: Feb. 18, 2021'],
    ['long', 'Published February 17, 2021', 'Last Updated On: February 18, 2021'],
    ['iso', 'Published 2021-02-17', 'Last Updated On: 2021-02-18'],
  ] as const)(
    'prints in %s the day alone, never a midnight, with the day in <time datetime>',
    (style, published, updated) => {
      const lines = dateLines(adopted('2021-02-18'), settings(style, 'America/New_York'));

      expect(lines.published).toMatchObject({ text: published, datetime: '2021-02-17', dayOnly: true });
      expect(lines.lastUpdated).toMatchObject({ text: updated, datetime: '2021-02-18', dayOnly: true });
      expect(lines.updates[0]).toMatchObject({ datetime: '2021-02-18', dayOnly: true });
    },
  );

  it('prints the page’s day in any newsroom zone, even one where its instant falls on another day', () => {
    const lines = dateLines(adopted('2021-02-18'), settings('ap', 'Asia/Kabul'));

    expect(lines.lastUpdated?.text).toBe('Last Updated On: Feb. 18, 2021');
  });

  it('prints a time again once the publication time is corrected: the correction is a time of the desk’s own', () => {
    const article = adopted('2021-02-18');
    const corrected = {
      ...article,
      publishedAt: '2021-02-17T09:00:00-05:00',
      publishStamps: [
        ...article.publishStamps,
        {
          ...article.publishStamps[0]!,
          id: 'p2',
          kind: 'published-corrected' as const,
          publishedAt: '2021-02-17T09:00:00-05:00',
          previous: '2021-02-17T00:00:00-05:00',
          reason: 'The CMS says 9 a.m.',
        },
      ],
    };

    expect(dateLines(corrected, settings('ap', 'America/New_York')).published?.text).toBe(
      'Published Feb. 17, 2021, 9 a.m. EST',
    );
  });
});
