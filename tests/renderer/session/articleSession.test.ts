import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { saveStateText } from '../../../renderer/session/saveState';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

function setup() {
  const library = new FakeLibrary();
  const opened = library.add(article('article-one', 'Council votes'));
  let text = '';
  const session = new ArticleSession({ opened, api: library.api, readBody: () => paragraphs(text) });
  const type = (more: string) => {
    text += more;
    session.bodyEdited();
  };
  const shown = () => saveStateText(session.getSnapshot().saveState);
  return { library, session, type, shown, body: () => text };
}

describe('ArticleSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('backs up about every second while typing continues, and saves once about a second after the last key', async () => {
    const { library, type } = setup();
    for (let ms = 0; ms < 5000; ms += 100) {
      type('x');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(library.api.saveArticle).not.toHaveBeenCalled();
    expect(library.writes.length).toBeGreaterThanOrEqual(4);
    expect(library.writes.length).toBeLessThanOrEqual(6);
    expect(library.writes.map((write) => write.seq)).toEqual([...library.writes.keys()].map((index) => index + 1));
    await vi.advanceTimersByTimeAsync(1100);
    expect(library.api.saveArticle).toHaveBeenCalledTimes(1);
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('x'.repeat(50)));
  });

  it('saves during continuous typing once the maximum wait has passed', async () => {
    const { library, type } = setup();
    for (let ms = 0; ms < 12_000; ms += 200) {
      type('y');
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(library.api.saveArticle).toHaveBeenCalledTimes(1);
  });

  it('shows Unsaved changes, then Saving…, then Saved', async () => {
    const { library, type, shown } = setup();
    library.saveDelayMs = 50;
    expect(shown()).toBe('Saved');
    type('a');
    expect(shown()).toBe('Unsaved changes');
    await vi.advanceTimersByTimeAsync(1010);
    expect(shown()).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(60);
    expect(shown()).toBe('Saved');
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('a'));
  });

  it('keeps the article unsaved and shows the error when a save fails, and saves on the next try', async () => {
    const { library, session, type, shown } = setup();
    library.failNextSave('IO', 'The disk is full.');
    type('a');
    await session.save();
    expect(shown()).toBe('Not saved: The disk is full.');
    expect(session.unsaved).toBe(true);
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs(''));
    await session.save();
    expect(shown()).toBe('Saved');
    expect(library.files.get('article-one')!.article.body).toEqual(paragraphs('a'));
  });

  it('never has two saves in flight and sends each save with the revision the previous one returned', async () => {
    const { library, session, type } = setup();
    library.saveDelayMs = 30;
    let inFlight = 0;
    let most = 0;
    const original = library.api.saveArticle.getMockImplementation()!;
    library.api.saveArticle.mockImplementation(async (args) => {
      most = Math.max(most, ++inFlight);
      const result = await original(args);
      inFlight--;
      return result;
    });
    type('a');
    const first = session.save();
    await vi.advanceTimersByTimeAsync(10);
    type('b');
    const second = session.save();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([first, second]);
    expect(most).toBe(1);
    expect(library.api.saveArticle).toHaveBeenCalledTimes(2);
    const [firstCall, secondCall] = library.api.saveArticle.mock.calls.map(([args]) => args);
    expect(secondCall!.revision).not.toEqual(firstCall!.revision);
    expect(session.getSnapshot().saveState.kind).toBe('saved');
  });

  it('passes the backup a save covers, so main deletes it only after that save', async () => {
    const { library, session, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(500);
    type('b');
    await vi.advanceTimersByTimeAsync(500);
    expect(library.writes).toHaveLength(1);
    await session.save();
    expect(library.api.saveArticle.mock.calls[0]![0].backupSeq).toBe(library.writes[0]!.seq);
  });

  it('writes no backup of text a save in flight is writing, so a clean save leaves nothing to recover at the next start', async () => {
    const { library, session, type, shown } = setup();
    library.saveDelayMs = 1500;
    type('a');
    const saving = session.save();
    // The backup's second comes round while the save is still on its way to the disk.
    await vi.advanceTimersByTimeAsync(1200);
    expect(library.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    await saving;
    await vi.advanceTimersByTimeAsync(3000);
    expect(shown()).toBe('Saved');
    expect(library.writes).toHaveLength(0);
  });

  it('backs the text up after all when the save that was writing it fails', async () => {
    const { library, session, type, shown } = setup();
    library.saveDelayMs = 1500;
    library.failNextSave('IO', 'The disk is full.');
    type('a');
    const saving = session.save();
    await vi.advanceTimersByTimeAsync(1600);
    await saving;
    expect(shown()).not.toBe('Saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(library.writes.map((write) => write.body)).toEqual([paragraphs('a')]);
  });

  it('opens the conflict flow when a save returns CONFLICT, and stops autosaving', async () => {
    const { library, session, type, shown } = setup();
    library.changeOnDisk('article-one', 'Edited elsewhere');
    type('a');
    await vi.advanceTimersByTimeAsync(1100);
    expect(session.getSnapshot().conflict).toMatch(/changed on disk/);
    expect(shown()).toMatch(/^Not saved: /);
    type('b');
    await vi.advanceTimersByTimeAsync(12_000);
    expect(library.api.saveArticle).toHaveBeenCalledTimes(1);
    expect(library.files.get('article-one')!.article.headline).toBe('Edited elsewhere');
  });

  it('saves the headline with a slug that follows it and keeps fields it does not know', async () => {
    const library = new FakeLibrary();
    const opened = library.add({ ...article('article-two', 'Old'), futureField: { kept: true } });
    const session = new ArticleSession({ opened, api: library.api, readBody: () => paragraphs('') });
    session.setHeadline('Floods close the Rhine');
    await session.save();
    const saved = library.files.get('article-two')!.article;
    expect(saved.headline).toBe('Floods close the Rhine');
    expect(saved.slug).toBe('floods-close-the-rhine');
    expect(saved.futureField).toEqual({ kept: true });
  });

  it('writes nothing for a read-only article', async () => {
    const library = new FakeLibrary();
    const opened = {
      ...library.add(article('article-new', 'From the future')),
      readOnly: { code: 'NEWER_VERSION' as const, message: 'Newer.' },
    };
    const session = new ArticleSession({ opened, api: library.api, readBody: () => paragraphs('changed') });
    session.setHeadline('Changed');
    session.bodyEdited();
    await vi.advanceTimersByTimeAsync(15_000);
    await session.save();
    expect(library.api.saveArticle).not.toHaveBeenCalled();
    expect(library.api.writeBackup).not.toHaveBeenCalled();
  });

  it('stops autosave and backups after a content error and says why', async () => {
    const { library, session, type, shown } = setup();
    type('a');
    session.stop('The body holds content this editor cannot keep.');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(library.api.saveArticle).not.toHaveBeenCalled();
    expect(library.api.writeBackup).not.toHaveBeenCalled();
    expect(shown()).toBe('Not saved: The body holds content this editor cannot keep.');
  });

  it('does not notify React for every keystroke once the article is unsaved', () => {
    const { session, type } = setup();
    const listener = vi.fn();
    session.subscribe(listener);
    for (let i = 0; i < 20; i++) type('z');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
