// One language for whole articles in tests: story(doc(p('…')), { headline: … }) as a new article
// has it, fullStory(…) with every header field, both dates and an update of each kind.
import { newArticle, type Article, type ArticleUpdate } from '../../core/article/article';
import { newSource, type Source } from '../../core/article/source';
import { defaultSettings, type Settings } from '../../core/settings/settings';
import type { BodyJSON } from './body';

export const source = (id: string, name: string, fields: Partial<Omit<Source, 'id' | 'name'>> = {}): Source =>
  newSource(id, name, fields);
export const update = (id: string, kind: ArticleUpdate['kind'], at: string, note: string): ArticleUpdate => ({
  id,
  kind,
  at,
  note,
  by: 'Desk editor',
});

/** A draft article with the given fields; the rest as a new article has them. */
export function story(body: BodyJSON, fields: Partial<Article> = {}): Article {
  return {
    ...newArticle({
      id: 'article-0001',
      slug: 'nato-allies-meet',
      headline: 'NATO allies meet',
      now: '2021-02-18T12:00:00-05:00',
    }),
    body,
    ...fields,
  };
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('America/New_York'), newsroomName: 'The Kabul Ledger', ...fields };
}

/** An article with every header field, both dates and an update of each kind. */
export function fullStory(body: BodyJSON, fields: Partial<Article> = {}): Article {
  return story(body, {
    status: 'published',
    kicker: 'Afghanistan',
    section: 'World',
    headline: 'We will only leave when the time is right: Stoltenberg',
    deck: 'NATO defence ministers end two days of talks without a decision on troops.',
    bylines: [
      { name: 'Amina Rahim', role: 'Staff reporter' },
      { name: 'Jonas Berg', role: null },
    ],
    dateline: { place: 'BRUSSELS', timeZone: 'Europe/Brussels' },
    tags: ['NATO', 'Afghanistan'],
    publishedAt: '2021-02-18T21:14:00-05:00',
    updatedAt: '2021-02-19T15:00:00Z',
    updates: [
      update('u1', 'update', '2021-02-19T08:30:00Z', 'Adds the minister’s statement.'),
      update('u2', 'clarification', '2021-02-19T09:00:00Z', 'Makes clear the talks were online.'),
      update('u3', 'correction', '2021-02-19T15:00:00Z', 'An earlier version gave the wrong date for the talks.'),
    ],
    sources: [source('s1', 'Jens Stoltenberg', { title: 'NATO Secretary General', organisation: 'NATO' })],
    ...fields,
  });
}
