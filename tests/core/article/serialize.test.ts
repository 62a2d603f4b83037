// Article files have a stable shape: known fields in a fixed order, newer fields kept after them.
import { describe, expect, it } from 'vitest';
import { ARTICLE_KEY_ORDER, newArticle, type Article } from '../../../core/article/article';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';

// An imported article the desk has moved: it carries every known field, the page's dates and the review among them.
const article: Article = {
  ...newArticle({
    id: 'article-0001',
    slug: 'city-budget',
    headline: 'City budget passes',
    now: '2025-03-01T08:00:00.000Z',
  }),
  pageDates: { from: 'budget.txt (web page text)', published: null, updated: { date: '2025-02-28', settled: null } },
  review: {
    stage: 'ready',
    assignee: 'Desk editor',
    due: null,
    log: [{ from: 'draft', to: 'ready', by: 'Reporter', at: '2025-03-01T09:00:00.000Z', note: null }],
    threads: [],
  },
};

describe('serializeArticle', () => {
  it('writes the known fields in the documented order whatever order the object has', () => {
    const shuffled = Object.fromEntries(Object.entries(article).reverse()) as Article;
    expect(Object.keys(JSON.parse(serializeArticle(shuffled)))).toEqual([...ARTICLE_KEY_ORDER]);
    expect(serializeArticle(shuffled)).toBe(serializeArticle(article));
  });

  it('keeps fields a newer version wrote, after the known ones, in their own order', () => {
    const text = serializeArticle({ zeta: 1, ...article, alpha: { nested: true } } as Article);
    expect(Object.keys(JSON.parse(text))).toEqual([...ARTICLE_KEY_ORDER, 'zeta', 'alpha']);
    expect(JSON.parse(text)).toMatchObject({ zeta: 1, alpha: { nested: true } });
  });

  it('writes no page dates for an article never imported, so its file is as before', () => {
    const { pageDates: _none, ...written } = article;
    expect(Object.keys(JSON.parse(serializeArticle(written)))).not.toContain('pageDates');
  });

  it('writes no review for an article nobody has moved or commented on, so its file is as before', () => {
    const { review: _none, ...written } = article;
    expect(Object.keys(JSON.parse(serializeArticle(written)))).not.toContain('review');
  });

  it('pretty-prints with two spaces and ends with a newline, for readable diffs', () => {
    const text = serializeArticle(article);
    expect(text.startsWith('{\n  "format": "byline.article",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back to the same article', () => {
    const read = readArticle(new TextEncoder().encode(serializeArticle(article)));
    expect(read).toEqual({ ok: true, article, readOnly: null });
  });
});
