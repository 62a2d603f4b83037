// The file an import becomes, made in the import worker: refused in the import's own words when
// every reader would refuse to open it, and given another slug (a name taken in the library)
// without serializing the article again.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/article/read';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { articleBytes, refuseSurelyTooLarge, withSlug } from '../../../core/import/article-file';
import { source, story } from '../../builders/article';
import { doc, p, q } from '../../builders/body';

const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the bytes of an imported article', () => {
  it('are the file the store would write, and open again', () => {
    const article = story(doc(p(q('jane', 'We will act,'), ' said Jane Doe.')), {
      sources: [source('jane', 'Jane Doe')],
    });

    const bytes = articleBytes(article);

    expect(decoded(bytes)).toBe(serializeArticle(article));
    expect(readArticle(bytes)).toMatchObject({ ok: true, article: { headline: article.headline } });
  });

  it('are refused in the import’s words when the file would be over the 16 MB every reader opens', () => {
    const paragraph = p('x'.repeat(1000));
    const huge = story(doc(...Array.from({ length: 17_000 }, () => paragraph)));

    expect(() => articleBytes(huge)).toThrow(
      /^as an article it would be 18\.7 MB, over the 16 MB an article may be\.$/,
    );
  });

  it('names the bytes when the size rounds to the limit', () => {
    const justOver = story(doc(p('x'.repeat(MAX_ARTICLE_BYTES))));

    expect(() => articleBytes(justOver)).toThrow(
      /^as an article it would be 16,777,\d{3} bytes, over the 16,777,216 bytes an article may be\.$/,
    );
  });

  it('are refused before they are made when the body’s text alone is over the limit', () => {
    const text = 'x'.repeat(1024 * 1024);
    const body = doc(...Array.from({ length: 17 }, () => p(text)));

    expect(() => refuseSurelyTooLarge(body)).toThrow(
      /^as an article it would be more than 17 MB, over the 16 MB an article may be\.$/,
    );
    expect(() => refuseSurelyTooLarge(doc(...Array.from({ length: 15 }, () => p(text))))).not.toThrow();
  });
});

describe('another slug in the bytes', () => {
  it('gives the file the article would be serialized to with that slug, letters of any script included', () => {
    const article = story(doc(p('The story.')), { slug: 'storm-warning' });

    for (const slug of ['storm-warning-2', 'storm-warning-100', 'untitled', 'πλημμύρες-στην-αθήνα-2'])
      expect(decoded(withSlug(articleBytes(article), 'storm-warning', slug))).toBe(
        serializeArticle({ ...article, slug }),
      );
  });

  it('changes the slug field only, even when the body holds the same words', () => {
    const article = story(doc(p('"slug": "storm-warning",')), { slug: 'storm-warning', headline: 'storm-warning' });

    const renamed = withSlug(articleBytes(article), 'storm-warning', 'storm-warning-2');

    expect(decoded(renamed)).toBe(serializeArticle({ ...article, slug: 'storm-warning-2' }));
  });

  it('refuses bytes that do not hold the slug where a file holds it', () => {
    const bytes = articleBytes(story(doc(p('The story.')), { slug: 'storm-warning' }));

    expect(() => withSlug(bytes, 'flood-warning', 'flood-warning-2')).toThrow(/does not hold the slug "flood-warning"/);
  });
});
