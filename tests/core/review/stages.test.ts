import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHOSEN_STAGES, STAGES, reviewOf, type Stage } from '../../../core/review/review';
import {
  markPublished,
  moveStage,
  NEXT_STAGES,
  reopenAfterPublication,
  reopenOnChange,
} from '../../../core/review/stages';
import { stampUpdate } from '../../../core/stamps/update';
import { stampPublished } from '../../../core/stamps/publish';
import { doc, p } from '../../builders/body';
import { story } from '../../builders/article';

const at = '2021-02-18T12:00:00Z';
const inStage = (stage: Stage) =>
  story(doc(p('The council voted.')), { review: { stage, assignee: 'Ana', due: null, log: [], threads: [] } });

describe('stages on the desk', () => {
  it('goes draft → ready → editing → changes requested → ready → approved, each move on the record', () => {
    let article = story(doc(p('The council voted.')));
    const moves = [
      ['ready', 'Reporter', 'Over to you'],
      ['editing', 'Editor', null],
      ['changes-requested', 'Editor', 'Second source, please'],
      ['ready', 'Reporter', null],
      ['approved', 'Editor', null],
    ] as const;
    for (const [to, by, note] of moves) {
      const moved = moveStage(article, { to, by, at, note });
      if (!moved.ok) throw new Error(moved.reason);
      article = moved.article;
    }
    const review = reviewOf(article);
    expect(review.stage).toBe('approved');
    expect(review.log.map(({ from, to, by, note }) => [from, to, by, note])).toEqual([
      ['draft', 'ready', 'Reporter', 'Over to you'],
      ['ready', 'editing', 'Editor', null],
      ['editing', 'changes-requested', 'Editor', 'Second source, please'],
      ['changes-requested', 'ready', 'Reporter', null],
      ['ready', 'approved', 'Editor', null],
    ]);
  });

  it('refuses every move the table does not allow, with a sentence, and changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.constantFrom(...CHOSEN_STAGES), (from, to) => {
        fc.pre(from !== to && !NEXT_STAGES[from].includes(to));
        const article = inStage(from);
        const before = structuredClone(article);
        const moved = moveStage(article, { to, by: 'Editor', at });
        expect(moved.ok).toBe(false);
        if (!moved.ok) expect(moved.reason).toMatch(/cannot go to/);
        expect(article).toEqual(before);
      }),
    );
    // The ones a desk most often tries by mistake.
    expect(moveStage(inStage('draft'), { to: 'approved', by: 'Editor', at }).ok).toBe(false);
    expect(moveStage(inStage('published'), { to: 'approved', by: 'Editor', at }).ok).toBe(false);
  });

  it('allows every move the table lists, and only those', () => {
    for (const from of STAGES)
      for (const to of CHOSEN_STAGES) {
        if (from === to) continue;
        expect(moveStage(inStage(from), { to, by: 'E', at }).ok, `${from} → ${to}`).toBe(
          NEXT_STAGES[from].includes(to),
        );
      }
  });

  it('takes the same stage again only as a hand-over to someone else', () => {
    const handed = moveStage(inStage('ready'), { to: 'ready', by: 'Desk chief', at, assignee: 'Jonas' });
    expect(handed.ok && reviewOf(handed.article)).toMatchObject({ stage: 'ready', assignee: 'Jonas' });
    expect(moveStage(inStage('ready'), { to: 'ready', by: 'Desk chief', at }).ok).toBe(false);
  });

  it('reaches published only through the publish stamp, and an edit after publication reopens review without moving a date', () => {
    const approved = inStage('approved');
    const stamped = stampPublished(approved, { now: at, by: 'Editor', timeZone: 'UTC', problems: [] });
    if (!stamped.ok) throw new Error(stamped.reason);
    expect(reviewOf(stamped.article).stage).toBe('published');
    expect(reviewOf(stamped.article).log.at(-1)).toMatchObject({ from: 'approved', to: 'published', by: 'Editor' });
    const reopened = reopenAfterPublication(
      stamped.article,
      'Reporter',
      '2021-02-19T08:00:00Z',
      'Edited after publication',
    );
    expect(reviewOf(reopened).stage).toBe('editing');
    expect(reopened.publishedAt).toBe(stamped.article.publishedAt);
    expect(reopened.updatedAt).toBe(stamped.article.updatedAt);
    expect(reopenAfterPublication(approved, 'Reporter', at, 'x')).toBe(approved);
    expect(markPublished(stamped.article, 'E', at)).toBe(stamped.article);
  });

  it('reads a file written before the desk as a draft, or as published once stamped', () => {
    expect(reviewOf(story(doc(p('x')))).stage).toBe('draft');
    expect(reviewOf({ publishedAt: at }).stage).toBe('published');
  });
});

describe('a published story that changes', () => {
  const published = () => {
    const stamped = stampPublished(inStage('approved'), { now: at, by: 'Editor', timeZone: 'UTC', problems: [] });
    if (!stamped.ok) throw new Error(stamped.reason);
    return stamped.article;
  };

  it('goes back to the desk when its words change, and not when only the save time does', () => {
    const before = published();
    const edited = { ...before, headline: 'Council votes again', savedAt: '2021-02-19T08:00:00Z' };
    const reopened = reopenOnChange(before, edited, 'Reporter', '2021-02-19T08:00:00Z');
    expect(reviewOf(reopened).log.at(-1)).toMatchObject({ from: 'published', to: 'editing', by: 'Reporter' });
    expect(reopened.publishedAt).toBe(before.publishedAt);
    const saved = { ...before, savedAt: '2021-02-19T08:00:00Z' };
    expect(reopenOnChange(before, saved, 'Reporter', at)).toBe(saved);
  });

  it('is published again by the update stamp that sends the change out', () => {
    const reopened = reopenOnChange(published(), { ...published(), deck: 'New deck' }, 'Reporter', at);
    const updated = stampUpdate(reopened, {
      now: '2021-02-19T09:00:00Z',
      kind: 'update',
      note: 'Adds the vote count.',
      by: 'Editor',
      timeZone: 'UTC',
    });
    if (!updated.ok) throw new Error(updated.reason);
    expect(reviewOf(updated.article).stage).toBe('published');
  });
});
