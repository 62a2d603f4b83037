// Articles for the stamp and check tests: a story that is ready to go, and small ways to change it.
import { newArticle, type Article } from '../../../core/article/article';
import { newSource } from '../../../core/article/source';
import type { NewId } from '../../../core/attribution/ids';
import { doc, p, q } from '../../builders/body';

/** The newsroom's zone in these tests: +01:00 in winter, +02:00 from the last Sunday of March. */
export const ZONE = 'Europe/Berlin';
/** 10:30 in Berlin. */
export const NOW = '2025-03-14T09:30:00Z';
export const NOW_IN_ZONE = '2025-03-14T10:30:00+01:00';

/** A story with everything the pre-publish check asks for: no problems at all. */
export function readyArticle(overrides: Partial<Article> = {}): Article {
  const base = newArticle({
    id: 'article-0001',
    slug: 'floods-close-the-valley-road',
    headline: 'Floods close the valley road',
    now: '2025-03-14T07:00:00Z',
  });
  return {
    ...base,
    bylines: [{ name: 'Amina Rahim', role: 'Staff reporter' }],
    dateline: { place: 'KABUL', timeZone: 'Asia/Kabul' },
    sources: [newSource('s1', 'Jens Stoltenberg', { verified: true })],
    body: doc(
      p('Rain fell all night on the valley.'),
      p('“', q('s1', 'We will only leave when the job is done,', 'Q1'), '” Jens Stoltenberg said.'),
    ),
    // Ready to go out: the desk approved it.
    review: {
      stage: 'approved',
      assignee: null,
      due: null,
      log: [{ from: 'ready', to: 'approved', by: 'Desk editor', at: '2025-03-14T07:30:00Z', note: null }],
      threads: [],
    },
    ...overrides,
  };
}

/** The same story, already stamped as published at `publishedAt`. */
export function publishedArticle(publishedAt = '2025-03-14T08:00:00+01:00', overrides: Partial<Article> = {}): Article {
  return readyArticle({
    status: 'published',
    publishedAt,
    publishStamps: [
      {
        id: 'stamp-0',
        kind: 'published',
        publishedAt,
        previous: null,
        stampedAt: publishedAt,
        by: 'Amina Rahim',
        reason: null,
        override: null,
      },
    ],
    review: {
      stage: 'published',
      assignee: null,
      due: null,
      log: [{ from: 'approved', to: 'published', by: 'Amina Rahim', at: publishedAt, note: null }],
      threads: [],
    },
    ...overrides,
  });
}

/** Predictable ids: `stamp-1`, `stamp-2`… */
export function countingIds(prefix = 'stamp'): NewId {
  let count = 0;
  return () => `${prefix}-${++count}`;
}

/** Frozen all the way down, so a function that mutates its input throws instead of passing. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
