import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyJSON } from '../../../core/body/schema';
import type { BodyPort } from '../../../renderer/session/bodyPort';
import { Desk } from '../../../renderer/session/desk';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

function setup() {
  const library = new FakeLibrary();
  library.add(article('article-one', 'Council votes', paragraphs('On disk')));
  library.add(article('article-two', 'Second story', paragraphs('Other')));
  let shown: BodyJSON = paragraphs('');
  const body: BodyPort = {
    load: (next) => {
      shown = next;
      return null;
    },
    read: () => shown,
    setEditable: () => undefined,
  };
  const desk = new Desk({ api: library.api, body });
  const type = (text: string) => {
    shown = paragraphs(text);
    desk.session!.bodyEdited();
  };
  return { library, desk, type, shown: () => shown };
}

describe('Desk', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the open article, then opens a duplicate of it as a new draft', async () => {
    const { library, desk, type } = setup();
    await desk.open('article-one');
    type('Lede to keep');
    await desk.duplicate('article-one');
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('Lede to keep'));
    expect(desk.session!.id).not.toBe('article-one');
    expect(desk.session!.getFields().headline).toBe('Council votes');
    expect(library.files.get(desk.session!.id)!.article.body).toEqual(paragraphs('Lede to keep'));
  });

  it('saves the pending edits of the open article before opening another', async () => {
    const { library, desk, type, shown } = setup();
    await desk.open('article-one');
    type('Fresh lede');
    await desk.open('article-two');
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('Fresh lede'));
    expect(shown()).toEqual(paragraphs('Other'));
  });

  it('keeps the article open when its save fails instead of dropping the edits', async () => {
    const { library, desk, type } = setup();
    await desk.open('article-one');
    type('Fresh lede');
    library.failNextSave('IO', 'The disk is full.');
    await desk.open('article-two');
    expect(desk.session!.id).toBe('article-one');
    expect(library.writes.at(-1)!.body).toEqual(paragraphs('Fresh lede'));
  });

  it('reloads quietly when the open file changes on disk and nothing is unsaved', async () => {
    const { library, desk } = setup();
    await desk.open('article-one');
    library.changeOnDisk('article-one', 'Changed by the sync client');
    await desk.changedOnDisk('article-one');
    expect(desk.session!.getSnapshot().headline).toBe('Changed by the sync client');
    expect(desk.session!.getSnapshot().conflict).toBeNull();
  });

  it('ignores the echo of its own save', async () => {
    const { desk, type } = setup();
    await desk.open('article-one');
    const before = desk.session;
    type('Mine');
    await desk.saveNow();
    await desk.changedOnDisk('article-one');
    expect(desk.session).toBe(before);
  });

  it('asks when the file changes on disk under unsaved edits', async () => {
    const { library, desk, type } = setup();
    await desk.open('article-one');
    type('Mine');
    library.changeOnDisk('article-one', 'Theirs');
    await desk.changedOnDisk('article-one');
    expect(desk.session!.getSnapshot().conflict).toMatch(/changed on disk/);
  });

  it('names the file that holds the article now when another file with its id takes over (a colleague’s retitle saved later)', async () => {
    const { library, desk, type } = setup();
    await desk.open('article-one');
    expect(desk.session!.file).toBe('a.byline.json');
    type('Mine');
    library.rewriteOnDisk('article-one', { slug: 'flood', headline: 'Flood' });
    await desk.changedOnDisk('article-one');
    expect(desk.session!.getSnapshot().conflict).toBe(
      'This article is now the file "flood.byline.json" (another file carrying its id was saved more recently, or its file was renamed); "a.byline.json" is not its file any more. Your edits are not saved yet.',
    );
    expect(library.api.saveArticle).not.toHaveBeenCalled();
  });

  async function inConflict() {
    const context = setup();
    await context.desk.open('article-one');
    context.type('Mine');
    context.library.changeOnDisk('article-one', 'Theirs');
    await context.desk.saveNow();
    expect(context.desk.session!.getSnapshot().conflict).not.toBeNull();
    return context;
  }

  it('Reload drops local edits and shows the disk version', async () => {
    const { desk, library, shown } = await inConflict();
    await desk.resolveConflict('reload');
    expect(desk.session!.getSnapshot()).toMatchObject({ headline: 'Theirs', unsaved: false, conflict: null });
    expect(shown()).toEqual(paragraphs('On disk'));
    expect(library.files.get('article-one')!.article.headline).toBe('Theirs');
  });

  it('Keep mine saves the local version over the changed file', async () => {
    const { desk, library } = await inConflict();
    await desk.resolveConflict('keepMine');
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('Mine'));
    expect(desk.session!.getSnapshot().saveState.kind).toBe('saved');
  });

  const CORRECTION = {
    id: 'u-desk',
    kind: 'correction' as const,
    at: '2025-03-01T11:00:00+01:00',
    note: 'Corrects the vote count.',
    by: 'Night desk',
  };
  const PUBLISHED = { status: 'published' as const, publishedAt: '2025-03-01T10:00:00+01:00' };

  it('Keep mine keeps a correction someone else stamped on the file meanwhile', async () => {
    const { desk, library, type } = setup();
    library.rewriteOnDisk('article-one', PUBLISHED);
    await desk.open('article-one');
    type('Mine');
    library.rewriteOnDisk('article-one', { headline: 'Theirs', updatedAt: CORRECTION.at, updates: [CORRECTION] });
    await desk.saveNow();
    await desk.resolveConflict('keepMine');
    const saved = library.files.get('article-one')!.article;
    expect(saved.body).toEqual(paragraphs('Mine'));
    expect(saved.headline).toBe('Council votes');
    expect(saved).toMatchObject({ ...PUBLISHED, updatedAt: CORRECTION.at, updates: [CORRECTION] });
  });

  it('refuses a stamp while the file is in conflict, and Keep mine keeps both sides’ stamps when mine never reached the disk', async () => {
    const { desk, library, type } = setup();
    library.rewriteOnDisk('article-one', PUBLISHED);
    await desk.open('article-one');
    const session = desk.session!;
    const opened = library.files.get('article-one')!.article;
    const mine = {
      id: 'u-mine',
      kind: 'update' as const,
      at: '2025-03-01T12:00:00+01:00',
      note: 'Adds the mayor’s reaction.',
      by: 'Amina Rahimi',
    };
    // Someone stamps a correction on disk; this session's update then meets the conflict on its save.
    library.rewriteOnDisk('article-one', { updatedAt: CORRECTION.at, updates: [CORRECTION] });
    expect(await session.stamp({ ...opened, updatedAt: mine.at, updates: [mine] })).toBeNull();
    expect(session.getSnapshot().conflict).not.toBeNull();
    expect(await session.stamp({ ...opened, updatedAt: mine.at, updates: [mine] })).toMatch(/changed on disk/);
    type('Mine');
    await desk.resolveConflict('keepMine');
    expect(library.files.get('article-one')!.article).toMatchObject({
      ...PUBLISHED,
      updatedAt: mine.at,
      updates: [CORRECTION, mine],
    });
  });

  it('Save as a copy writes a new article, opens it, and leaves the disk file as the other program wrote it', async () => {
    const { desk, library } = await inConflict();
    await desk.resolveConflict('saveCopy');
    expect(library.files.get('article-one')!.article.headline).toBe('Theirs');
    expect(desk.session!.id).toMatch(/^copy/);
    expect(library.files.get(desk.session!.id)!.article.body).toEqual(paragraphs('Mine'));
  });

  it('restores a backup as unsaved content and saves it, covering that backup', async () => {
    const { desk, library, shown } = setup();
    const backup = {
      id: 'article-one',
      seq: 7,
      at: '2025-03-01T09:05:00.000Z',
      article: article('article-one', 'Recovered', paragraphs('Typed before the crash')),
    };
    await desk.restore(backup);
    expect(shown()).toEqual(paragraphs('Typed before the crash'));
    expect(desk.session!.getSnapshot().unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(1100);
    expect(library.files.get('article-one')!.article.headline).toBe('Recovered');
    expect(library.api.saveArticle.mock.calls[0]![0].backupSeq).toBe(7);
  });

  it('restores a backup whose article file is gone as a copy', async () => {
    const { desk, library } = setup();
    const backup = {
      id: 'article-gone',
      seq: 2,
      at: '2025-03-01T09:05:00.000Z',
      article: article('article-gone', 'Lost file', paragraphs('Words')),
    };
    await desk.restore(backup);
    expect(library.api.saveArticleCopy).toHaveBeenCalledTimes(1);
    expect(library.files.get(desk.session!.id)!.article.headline).toBe('Lost file');
  });

  it('moves the open article to the trash and clears the desk', async () => {
    const { desk, library } = setup();
    await desk.open('article-one');
    await desk.trash('article-one');
    expect(library.files.has('article-one')).toBe(false);
    expect(desk.getSnapshot().view.kind).toBe('empty');
  });
});
