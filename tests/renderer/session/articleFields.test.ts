import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../core/article/article';
import { ok } from '../../../core/ipc/errors';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { article, FakeLibrary, paragraphs } from '../fakeApi';

function setup() {
  const library = new FakeLibrary();
  const opened = library.add(article('article-one', 'Council votes'));
  const session = new ArticleSession({ opened, api: library.api, readBody: () => paragraphs('Body') });
  return { library, session, stored: () => library.files.get('article-one')!.article };
}

describe('ArticleSession fields', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves every metadata field into the article file', async () => {
    const { session, stored } = setup();
    const fields = {
      kicker: 'Exclusive',
      section: 'Politics',
      headline: 'Council votes to close the Rhine bridge',
      deck: 'The vote was close.',
      bylines: [
        { name: 'Ana Ruiz', role: 'Staff reporter' },
        { name: 'Li Wei', role: null },
      ],
      dateline: { place: 'KABUL', timeZone: 'Asia/Kabul' },
      tags: ['council', 'bridges'],
      lengthTarget: 800,
      internalNote: 'Check the vote count with the clerk.',
    };
    session.editFields(fields);
    expect(session.getSnapshot().unsaved).toBe(true);
    await session.save();
    expect(stored()).toMatchObject({
      ...fields,
      slug: 'council-votes-to-close-the-rhine-bridge',
      slugEdited: false,
      body: paragraphs('Body'),
    });
    expect(session.getSnapshot().unsaved).toBe(false);
  });

  it('autosaves and backs up a field edit like a body edit', async () => {
    const { library, session, stored } = setup();
    session.editFields({ deck: 'A deck typed before a crash' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(stored().deck).toBe('A deck typed before a crash');
    session.editFields({ kicker: 'Live' });
    session.backupNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(library.api.writeBackup).toHaveBeenLastCalledWith(
      expect.objectContaining({ article: expect.objectContaining({ kicker: 'Live' }) }),
    );
  });

  it('lets the slug follow the headline until it is edited by hand, and follow again when asked', async () => {
    const { session, stored } = setup();
    session.editFields({ headline: 'Zürich floods' });
    expect(session.getFields().slug).toBe('zurich-floods');
    session.editFields({ slug: 'flood-special' });
    session.editFields({ headline: 'Zürich floods again' });
    expect(session.getFields()).toMatchObject({ slug: 'flood-special', slugEdited: true });
    await session.save();
    expect(stored()).toMatchObject({ slug: 'flood-special', slugEdited: true });
    session.editFields({ slugEdited: false });
    expect(session.getFields()).toMatchObject({ slug: 'zurich-floods-again', slugEdited: false });
  });

  it('shows the slug the library settled on after a save', async () => {
    const { library, session } = setup();
    library.api.saveArticle.mockImplementationOnce(async ({ article: saved }) =>
      ok({ ...library.opened('article-one'), article: { ...(saved as Article), slug: 'council-votes-2' } }),
    );
    session.editFields({ deck: 'x' });
    await session.save();
    expect(session.getFields().slug).toBe('council-votes-2');
  });

  it('ignores an edit that changes nothing, and keeps the slug the file has', async () => {
    const { session, stored } = setup();
    session.editFields({ tags: [], headline: 'Council votes' });
    expect(session.getSnapshot().unsaved).toBe(false);
    session.editFields({ deck: 'A new deck' });
    await session.save();
    expect(stored().slug).toBe('a');
  });
});
