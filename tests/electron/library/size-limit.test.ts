// Issue 10, item 8: nothing is written that the reader would refuse to open again. The reader's
// limit and the writer's are one constant (MAX_ARTICLE_BYTES); a save that would cross it is
// refused with a sentence that says so, and the file on disk stays exactly as it was.
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { serializeArticle } from '../../../core/article/serialize';
import { doc, p } from '../../builders/body';
import { article, testLibrary, type TestLibrary } from './fixtures/library';

let library: TestLibrary;
beforeEach(async () => {
  library = await testLibrary();
});
afterEach(() => library.remove());

/** The test article with its body grown so that its file takes exactly `bytes`. */
function articleOfSize(bytes: number, overrides: Partial<Article> = {}): Article {
  const small = article(overrides);
  const base = new TextEncoder().encode(serializeArticle({ ...small, body: doc(p('x')) })).length;
  const grown = { ...small, body: doc(p('x'.repeat(1 + bytes - base))) };
  expect(new TextEncoder().encode(serializeArticle(grown)).length).toBe(bytes);
  return grown;
}

describe('the size limit, for writing as for reading', () => {
  it('refuses a save that would make the file too large to open again, and leaves the file byte-identical', async () => {
    await library.write('city-budget.byline.json', serializeArticle(articleOfSize(MAX_ARTICLE_BYTES - 100)));
    const store = library.store();
    const opened = await store.open('article-0001');
    const before = await library.bytes('city-budget.byline.json');

    const refusal = store.save(
      { ...opened.article, deck: 'A standfirst of two hundred characters. '.repeat(5) },
      opened.revision,
    );

    await expect(refusal).rejects.toMatchObject({
      code: 'INVALID_ARTICLE',
      message: expect.stringMatching(
        /^The article cannot be saved: its file would be 16,777,\d{3} bytes, and articles over 16,777,216 bytes \(16\.0 MB\) cannot be opened again\. Nothing was saved; shorten it or split it into two articles\.$/,
      ),
    });
    expect((await library.bytes('city-budget.byline.json')).equals(before)).toBe(true);
    expect(await readdir(library.folder)).toEqual(['city-budget.byline.json']);
    // A save that stays within the limit still goes through, and the file opens again.
    const saved = await store.save({ ...opened.article, deck: 'Seven votes to two.' }, opened.revision);
    expect((await library.store().open('article-0001')).revision).toEqual(saved.revision);
  });

  it('saves a file of exactly the limit, which opens again', async () => {
    const store = library.store();
    const created = await store.createFrom(articleOfSize(MAX_ARTICLE_BYTES - 40));
    const opened = await library.store().open(created.article.id);
    expect(opened.revision.size).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(opened.readOnly).toBeNull();
  });

  it('creates no file at all for an import or a copy over the limit', async () => {
    const store = library.store();
    const huge = articleOfSize(MAX_ARTICLE_BYTES + 1);
    await expect(store.createFrom(huge)).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    await expect(store.saveCopy(huge)).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    expect(await readdir(library.folder)).toEqual([]);
  });
});
