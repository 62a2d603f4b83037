// The article session carries the desk's review: a stage move or a thread change is saved like
// any edit (and backed up), a file with no review gets none written until someone acts, and the
// publish stamp's move to published is kept with the stamp.
import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../core/body/schema';
import { reviewOf } from '../../../core/review/review';
import { moveStage } from '../../../core/review/stages';
import { stampPublished } from '../../../core/stamps/publish';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

const AT = '2025-03-01T09:00:00.000Z';

function sessionOver(start = article('article-one', 'Sea wall vote', paragraphs('The council voted.'))) {
  const library = new FakeLibrary();
  const opened = library.add(start);
  const session = new ArticleSession({ opened, api: library.api, readBody: () => start.body as BodyJSON });
  return { session, library, onDisk: () => library.files.get(start.id)!.article };
}

describe('the session’s review', () => {
  it('writes no review into a file nobody moved or commented on', async () => {
    const { session, onDisk } = sessionOver();
    expect(session.getReview()).toEqual(reviewOf({ publishedAt: null }));
    session.editFields({ deck: 'A deck.' });
    await session.save();
    expect(onDisk().review).toBeUndefined();
  });

  it('saves a stage move as an edit, unsaved until then', async () => {
    const { session, onDisk } = sessionOver();
    const moved = moveStage(session.draft(), { to: 'ready', by: 'Amina', at: AT, assignee: 'Sam' });
    if (!moved.ok) throw new Error(moved.reason);
    session.editReview(moved.article.review!);
    expect(session.unsaved).toBe(true);
    expect(session.getReview().stage).toBe('ready');
    await session.save();
    expect(onDisk().review).toMatchObject({ stage: 'ready', assignee: 'Sam', log: [{ from: 'draft', to: 'ready' }] });
  });

  it('reads as published once stamped, with no review in the file before', async () => {
    const { session, onDisk } = sessionOver({
      ...article('article-one', 'Sea wall vote', paragraphs('The council voted.')),
      bylines: [{ name: 'Amina', role: null }],
    });
    const stamped = stampPublished(session.draft(), {
      now: AT,
      by: 'Sam',
      timeZone: 'UTC',
      problems: [],
    });
    if (!stamped.ok) throw new Error(stamped.reason);
    expect(await session.stamp(stamped.article)).toBeNull();
    expect(session.getReview().stage).toBe('published');
    // A file with no review before reads as published from its publication time.
    expect(reviewOf(onDisk()).stage).toBe('published');
  });

  it('keeps the publish stamp’s move on the stage log of a story the desk moved', async () => {
    const { session, onDisk } = sessionOver({
      ...article('article-one', 'Sea wall vote', paragraphs('The council voted.')),
      bylines: [{ name: 'Amina', role: null }],
    });
    const approved = moveStage(session.draft(), { to: 'ready', by: 'Amina', at: AT });
    if (!approved.ok) throw new Error(approved.reason);
    session.editReview(approved.article.review!);
    const stamped = stampPublished(session.draft(), { now: AT, by: 'Sam', timeZone: 'UTC', problems: [] });
    if (!stamped.ok) throw new Error(stamped.reason);
    await session.stamp(stamped.article);
    expect(session.getReview().stage).toBe('published');
    expect(onDisk().review?.log.map((change) => [change.from, change.to, change.by])).toEqual([
      ['draft', 'ready', 'Amina'],
      ['ready', 'published', 'Sam'],
    ]);
  });

  it('changes nothing while the article is read-only', () => {
    const { session } = sessionOver();
    session.stop('Stopped.');
    const moved = moveStage(session.draft(), { to: 'ready', by: 'Amina', at: AT });
    if (!moved.ok) throw new Error(moved.reason);
    session.editReview(moved.article.review!);
    expect(session.getReview().stage).toBe('draft');
    expect(session.unsaved).toBe(false);
  });
});
