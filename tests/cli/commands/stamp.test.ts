import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { reviewOf } from '../../../core/review/review';
import { doc, p } from '../../builders/body';
import { publishedArticle, readyArticle } from '../../core/stamps/articles';
import { approvedArticle, draftArticle } from '../fixtures/article-files';
import { runByline } from '../fixtures/run-byline';

const byline = (args: string[], env?: Record<string, string | undefined>) => runByline(args, { env });

function articleFile(article: Article): string {
  const file = join(mkdtempSync(join(tmpdir(), 'byline-stamp-')), 'story.byline.json');
  writeFileSync(file, serializeArticle(article));
  return file;
}

function readBack(file: string): Article {
  const read = readArticle(readFileSync(file));
  if (!read.ok) throw new Error(read.problem.message);
  return read.article;
}

/** Runs a stamp that must be refused: exit 1, nothing on stdout, and the file byte for byte as it was. */
async function expectRefused(file: string, args: string[], reason: RegExp): Promise<void> {
  const before = readFileSync(file);
  const result = await byline(args);
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 1, stdout: '' });
  expect(result.stderr).toMatch(reason);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(readFileSync(file).equals(before)).toBe(true);
}

describe('byline stamp publish', () => {
  it('stamps a picked time in the --tz zone, writes the file atomically and prints publishedAt, updatedAt, updates', async () => {
    const file = articleFile(approvedArticle());
    const { code, stdout, stderr } = await byline([
      'stamp',
      'publish',
      file,
      '--at',
      '2025-03-14T05:00:00Z',
      '--tz',
      'Asia/Kabul',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('{"publishedAt":"2025-03-14T09:30:00+04:30","updatedAt":null,"updates":[]}\n');
    const article = readBack(file);
    expect(article).toMatchObject({ status: 'published', publishedAt: '2025-03-14T09:30:00+04:30' });
    expect(article.publishStamps).toEqual([
      {
        id: expect.any(String),
        kind: 'published',
        publishedAt: '2025-03-14T09:30:00+04:30',
        previous: null,
        stampedAt: expect.stringMatching(/\+04:30$/),
        by: 'Amina Rahim',
        reason: null,
        override: null,
      },
    ]);
    expect(readFileSync(file, 'utf8')).toBe(serializeArticle(article));
    // No temporary file left behind; the stamp went on the article's history beside it.
    expect(readdirSync(join(file, '..')).sort()).toEqual(['.story.byline.json.history', 'story.byline.json']);
  });

  it('stamps an imported page’s article now with no override, clearing the page’s earlier day on the record', async () => {
    const pageDates = {
      from: 'seed.txt (web page text)',
      published: null,
      updated: { date: '2021-02-18', settled: null },
    };
    const file = articleFile(approvedArticle({ pageDates }));

    const { code, stdout } = await byline(['stamp', 'publish', file, '--tz', 'UTC'], { BYLINE_USER: 'Dana Whitfield' });

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ updatedAt: null, updates: [] });
    expect(readBack(file).pageDates?.updated?.settled).toMatchObject({
      as: 'cleared',
      by: 'Dana Whitfield',
      why: expect.stringMatching(/^Cleared when the article was stamped as published/),
    });
  });

  it('stamps now, signed with the operating system’s user name when BYLINE_USER is not set', async () => {
    const file = articleFile(approvedArticle());
    const before = Date.now();
    const { code, stdout } = await byline(['stamp', 'publish', file, '--tz', 'Asia/Kathmandu'], {
      BYLINE_USER: undefined,
    });
    expect(code).toBe(0);
    const { publishedAt } = JSON.parse(stdout) as { publishedAt: string };
    expect(publishedAt).toMatch(/\+05:45$/);
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(publishedAt)).toBeLessThanOrEqual(Date.now());
    expect(readBack(file).publishStamps[0]!.by).toBe(userInfo().username);
  });

  it('refuses blocking problems without --override, naming them, and records the override when given', async () => {
    const file = articleFile(
      approvedArticle({ body: doc(p('“Nobody sails today,” harbour master Ian Cole said.')), sources: [] }),
    );
    await expectRefused(
      file,
      ['stamp', 'publish', file],
      /One problem stops publication: The quotation “Nobody sails today,” has no source\..*override/,
    );
    const { code } = await byline([
      'stamp',
      'publish',
      file,
      '--override',
      'Cole asked not to be named; desk agreed.',
      '--tz',
      'UTC',
    ]);
    expect(code).toBe(0);
    expect(readBack(file).publishStamps[0]!.override).toEqual({
      reason: 'Cole asked not to be named; desk agreed.',
      problems: ['unattributed-quote'],
    });
  });

  it('refuses a story the desk has not approved, and publishes it once `byline stage` approves it', async () => {
    const file = articleFile(draftArticle());
    await expectRefused(
      file,
      ['stamp', 'publish', file, '--tz', 'UTC'],
      /One problem stops publication: The desk has not approved this article \(it is draft\)\..*override/,
    );

    expect((await byline(['stage', file, 'ready'])).code).toBe(0);
    expect((await byline(['stage', file, 'approved'], { BYLINE_USER: 'Dana Whitfield' })).code).toBe(0);
    const { code, stderr } = await byline(['stamp', 'publish', file, '--tz', 'UTC']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(readBack(file).review?.log.map(({ from, to, by }) => `${from}→${to} by ${by}`)).toEqual([
      'draft→ready by Amina Rahim',
      'ready→approved by Dana Whitfield',
      'approved→published by Amina Rahim',
    ]);
  });

  it('publishes an unapproved story with --override, the not-approved problem on the record', async () => {
    const file = articleFile(draftArticle());

    const { code } = await byline([
      'stamp',
      'publish',
      file,
      '--override',
      'Breaking; the desk is away.',
      '--tz',
      'UTC',
    ]);

    expect(code).toBe(0);
    expect(readBack(file).publishStamps[0]!.override).toEqual({
      reason: 'Breaking; the desk is away.',
      problems: ['not-approved'],
    });
    expect(reviewOf(readBack(file)).stage).toBe('published');
  });

  it.each([
    {
      name: 'an article already published',
      article: publishedArticle(),
      args: [],
      reason: /already stamped as published/,
    },
    {
      name: 'a time in the future',
      article: approvedArticle(),
      args: ['--at', '2999-01-01T00:00:00Z'],
      reason: /is in the future/,
    },
    {
      name: 'an embargo, even with an override',
      article: approvedArticle({ embargoUntil: '2999-01-01T00:00:00+00:00' }),
      args: ['--override', 'Desk says go'],
      reason: /under embargo until Jan\. 1, 2999, midnight UTC/,
    },
  ])('refuses $name with exit 1 and leaves the file byte-identical', async ({ article, args, reason }) => {
    const file = articleFile(article);
    await expectRefused(file, ['stamp', 'publish', file, '--tz', 'UTC', ...args], reason);
  });
});

describe('byline stamp update', () => {
  it('appends a correction and prints the dates; publishedAt stays', async () => {
    const file = articleFile(publishedArticle('2025-03-14T08:00:00+01:00'));
    const { code, stdout } = await byline([
      'stamp',
      'update',
      file,
      '--kind',
      'correction',
      '--note',
      'An earlier version misnamed the road.',
      '--at',
      '2025-03-14T08:00:00Z',
      '--tz',
      'America/New_York',
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Pick<Article, 'publishedAt' | 'updatedAt' | 'updates'>;
    expect(printed).toEqual({
      publishedAt: '2025-03-14T08:00:00+01:00',
      updatedAt: '2025-03-14T04:00:00-04:00',
      updates: [
        {
          id: expect.any(String),
          kind: 'correction',
          at: '2025-03-14T04:00:00-04:00',
          note: 'An earlier version misnamed the road.',
          by: 'Amina Rahim',
        },
      ],
    });
    expect(Object.keys(printed)).toEqual(['publishedAt', 'updatedAt', 'updates']);
    expect(readBack(file)).toMatchObject(printed);
  });

  it.each([
    {
      name: 'a draft',
      article: readyArticle(),
      args: ['--kind', 'update', '--note', 'x'],
      reason: /not been stamped as published yet/,
    },
    {
      name: 'a correction without its note',
      article: publishedArticle(),
      args: ['--kind', 'correction', '--note', ' '],
      reason: /correction needs its note/,
    },
    {
      name: 'a time before publication',
      article: publishedArticle('2025-03-14T08:00:00+01:00'),
      args: ['--kind', 'update', '--note', 'x', '--at', '2025-03-14T06:00:00Z'],
      reason: /before the article was published/,
    },
  ])('refuses $name with exit 1 and leaves the file byte-identical', async ({ article, args, reason }) => {
    const file = articleFile(article);
    await expectRefused(file, ['stamp', 'update', file, ...args], reason);
  });
});

describe('byline stamp, odd files', () => {
  it('refuses a file from a newer Byline and a broken file with exit 1, bytes untouched', async () => {
    const newer = articleFile({ ...readyArticle(), version: 2 });
    await expectRefused(newer, ['stamp', 'publish', newer, '--tz', 'UTC'], /newer version of Byline/);
    const broken = articleFile(readyArticle());
    writeFileSync(broken, readFileSync(broken).subarray(0, 100));
    await expectRefused(broken, ['stamp', 'publish', broken, '--tz', 'UTC'], /not complete JSON/);
  });

  it('stamps the file a symlink leads to and keeps the link', async () => {
    const file = articleFile(approvedArticle());
    const link = join(mkdtempSync(join(tmpdir(), 'byline-link-')), 'linked.byline.json');
    symlinkSync(file, link);
    expect((await byline(['stamp', 'publish', link, '--at', '2025-03-14T05:00:00Z', '--tz', 'UTC'])).code).toBe(0);
    expect(readBack(file).publishedAt).toBe('2025-03-14T05:00:00+00:00');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
