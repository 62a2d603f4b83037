// A published story the reporter changes goes back to the desk at the first change, saved so.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { reviewOf } from '../../../core/review/review';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function publishedDesk() {
  const library = new FakeLibrary();
  const published: Article = {
    ...article('article-one', 'Council votes', paragraphs('The council voted.')),
    status: 'published',
    publishedAt: '2025-03-01T08:00:00.000Z',
    review: { stage: 'published', assignee: null, due: null, log: [], threads: [] },
  };
  const opened = library.add(published);
  let text = 'The council voted.';
  const session = new ArticleSession({
    opened,
    api: library.api,
    readBody: () => paragraphs(text),
    whoIsEditing: () => 'Amina Rahimi',
  });
  return { library, session, type: (more: string) => ((text += more), session.bodyEdited()) };
}

it('reopens review as editing at the first typed word, on the record by the person typing, and saves it with the dates unmoved', async () => {
  const { library, session, type } = publishedDesk();
  type(' Seven to two.');
  type(' Again.');
  expect(session.getReview().stage).toBe('editing');
  expect(session.getReview().log).toEqual([
    expect.objectContaining({
      from: 'published',
      to: 'editing',
      by: 'Amina Rahimi',
      note: 'Changed after publication',
    }),
  ]);
  await session.save();
  const saved = library.files.get('article-one')!.article;
  expect(reviewOf(saved).stage).toBe('editing');
  expect(saved.publishedAt).toBe('2025-03-01T08:00:00.000Z');
});

it('does not reopen for the desk’s own note or the slug, which readers never see', () => {
  const { session } = publishedDesk();
  session.editFields({ internalNote: 'Check the vote count tomorrow.' });
  session.editFields({ slug: 'council-votes-again', slugEdited: true });
  expect(session.getReview().stage).toBe('published');
  session.editFields({ headline: 'Council votes again' });
  expect(session.getReview().stage).toBe('editing');
});
