// The editor's session never edits the stamps: saving a published article writes publishedAt,
// updatedAt, the updates log and the publish record exactly as they were opened.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { ArticleSession } from '../../../renderer/session/articleSession';
import { fieldsOf, FIELD_NAMES } from '../../../renderer/session/articleFields';
import { publishedArticle } from '../../core/stamps/articles';
import { FakeLibrary, paragraphs } from '../fakeApi';

const STAMP_FIELDS = ['status', 'publishedAt', 'updatedAt', 'embargoUntil', 'updates', 'publishStamps'] as const;
const stampsOf = (article: Article) => Object.fromEntries(STAMP_FIELDS.map((field) => [field, article[field]]));

describe('the editor’s session', () => {
  it('has no editable field among the stamps', () => {
    for (const field of STAMP_FIELDS) expect(FIELD_NAMES as readonly string[]).not.toContain(field);
    expect(Object.keys(fieldsOf(publishedArticle()))).toEqual([...FIELD_NAMES]);
  });

  it('saves edits to a published article with its stamps exactly as opened', async () => {
    const fake = new FakeLibrary();
    const stamped = publishedArticle('2025-03-14T08:00:00+01:00', {
      updatedAt: '2025-03-14T09:00:00+01:00',
      updates: [
        {
          id: 'u1',
          kind: 'correction',
          at: '2025-03-14T09:00:00+01:00',
          note: 'An earlier version misnamed the road.',
          by: 'Desk',
        },
      ],
    });
    let text = 'Rain fell all night.';
    const session = new ArticleSession({ opened: fake.add(stamped), api: fake.api, readBody: () => paragraphs(text) });
    session.editFields({ headline: 'Floods close the valley road for a second day' });
    text = 'Rain fell all night; a typo fixed.';
    session.bodyEdited();
    await session.save();
    const saved = fake.files.get(stamped.id)!.article;
    expect(saved.headline).toBe('Floods close the valley road for a second day');
    expect(stampsOf(saved)).toEqual(stampsOf(stamped));
    session.dispose();
  });
});
