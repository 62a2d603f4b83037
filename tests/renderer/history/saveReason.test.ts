// Why a save matters to the history: a tagged decision (accept, reject) goes with the next save of
// its article and only that one; a stage move and a stamp are recognised from what the save writes.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { moveStage } from '../../../core/review/stages';
import { commentOnField } from '../../../core/review/threads';
import { tagNextSave, taggedReason, withSaveReasons } from '../../../renderer/history/saveReason';
import { article, FakeLibrary } from '../fakeApi';

function desk(id: string) {
  const library = new FakeLibrary();
  library.add(article(id, 'Sea wall'));
  const api = withSaveReasons(library.api);
  const save = async (change: (current: Article) => Article = (current) => current) => {
    const opened = library.opened(id);
    return api.saveArticle({ article: change(opened.article), revision: opened.revision });
  };
  const reasons = () => library.api.saveArticle.mock.calls.map(([args]) => args.reason ?? 'edit');
  return { library, api, save, reasons };
}

describe('the reason a save carries', () => {
  it('is the tag for the next save of that article only, then an edit again', async () => {
    const { save, reasons } = desk('article-tag1');
    tagNextSave('article-tag1', 'accept');
    tagNextSave('article-other', 'reject');
    await save();
    await save();
    expect(reasons()).toEqual(['accept', 'edit']);
    expect(taggedReason('article-tag1')).toBeNull();
    expect(taggedReason('article-other')).toBe('reject');
  });

  it('stays for the next save when the tagged save failed', async () => {
    const { library, save, reasons } = desk('article-tag2');
    tagNextSave('article-tag2', 'reject');
    library.failNextSave('IO', 'The disk is full.');
    expect((await save()).ok).toBe(false);
    await save();
    expect(reasons()).toEqual(['reject', 'reject']);
    expect(taggedReason('article-tag2')).toBeNull();
  });

  it('is a stage move when the save moves the stage from the file as opened, and a stamp when it adds one', async () => {
    const { api, save, reasons } = desk('article-tag3');
    await api.openArticle({ id: 'article-tag3' });
    const ready = (current: Article) => {
      const moved = moveStage(current, { to: 'ready', by: 'Amina Rahimi', at: '2025-03-01T10:00:00.000Z' });
      if (!moved.ok) throw new Error(moved.reason);
      return moved.article;
    };
    await save(ready);
    await save();
    await save((current) => ({
      ...current,
      updates: [
        { id: 'u1', kind: 'update', at: '2025-03-01T11:00:00.000Z', note: 'Vote count added', by: 'Dana Whitfield' },
      ],
    }));
    await save((current) => {
      const commented = commentOnField(current, 'headline', {
        id: 'thread-1',
        commentId: 'comment-1',
        by: 'Dana Whitfield',
        at: '2025-03-01T12:00:00.000Z',
        text: 'Shorter?',
      });
      if (!commented.ok) throw new Error(commented.reason);
      return commented.article;
    });
    expect(reasons()).toEqual(['stage', 'edit', 'stamp', 'comment']);
  });
});
