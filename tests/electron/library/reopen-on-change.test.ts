// A published story that a command changes goes back to the desk, written so in the file.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { reviewOf } from '../../../core/review/review';
import { testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

it('reopens review when a rewrite changes a published story’s words, and not when it only stamps', async () => {
  const store = library.store();
  const created = await store.create({ headline: 'Storm warning' });
  const published = {
    status: 'published' as const,
    publishedAt: '2025-03-01T08:00:00.000Z',
    review: { stage: 'published' as const, assignee: null, due: null, log: [], threads: [] },
  };
  await store.rewrite(created.file, (read) => ({ ...(read.ok ? read.article : created.article), ...published }));
  const stamped = await store.rewrite(
    created.file,
    (read) => ({ ...(read.ok ? read.article : created.article), updatedAt: '2025-03-01T09:00:00.000Z' }),
    'stamp',
    { by: 'Editor' },
  );
  expect(reviewOf(stamped.article).stage).toBe('published');
  const edited = await store.rewrite(
    created.file,
    (read) => ({ ...(read.ok ? read.article : created.article), headline: 'Storm warning lifted' }),
    'stamp',
    { by: 'Reporter' },
  );
  expect(reviewOf(edited.article).log.at(-1)).toMatchObject({ from: 'published', to: 'editing', by: 'Reporter' });
  expect(edited.article.publishedAt).toBe('2025-03-01T08:00:00.000Z');
});
