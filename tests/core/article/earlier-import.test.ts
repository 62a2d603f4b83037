// A file imported before the page's dates were kept apart: its page day sat in `updatedAt`, with no
// publication and an empty log, and refused "Stamp as published" while the Dates tab showed no
// update. Read today, the day waits among the page's dates, and the stamp goes through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/article/read';
import { stampPublished } from '../../../core/stamps/publish';

const EARLIER = 'tests/fixtures/articles/we-will-only-leave-when-the-time-is-right-stoltenberg.byline.json';

describe('an article file from an earlier import', () => {
  it('reads the page’s day as waiting beside the record, not as a stamped update', () => {
    const read = readArticle(readFileSync(EARLIER));
    if (!read.ok) throw new Error(read.problem.message);

    expect(read.article).toMatchObject({
      publishedAt: null,
      updatedAt: null,
      updates: [],
      pageDates: { from: 'an earlier import', published: null, updated: { date: '2021-02-18', settled: null } },
    });
  });

  it('can be stamped as published now, with no refusal about an update nobody can see', () => {
    const read = readArticle(readFileSync(EARLIER));
    if (!read.ok) throw new Error(read.problem.message);
    const article = { ...read.article, bylines: [{ name: 'Amina Rahim', role: null }] };

    const result = stampPublished(article, {
      now: '2026-03-01T09:00:00Z',
      by: 'Amina Rahim',
      timeZone: 'Europe/Brussels',
      problems: [],
    });

    expect(result.ok).toBe(true);
  });

  it('keeps an instant with a time of day as that instant', () => {
    const file = JSON.parse(readFileSync(EARLIER, 'utf8')) as Record<string, unknown>;
    const bytes = new TextEncoder().encode(
      JSON.stringify({ ...file, updatedAt: '2021-02-18T10:02:00+01:00', internalNote: '' }),
    );
    const read = readArticle(bytes);

    expect(read.ok && read.article.pageDates?.updated?.date).toBe('2021-02-18T10:02:00+01:00');
  });
});
