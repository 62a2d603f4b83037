import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../core/article/article';
import { newSource } from '../../../core/article/source';
import { markedQuotes } from '../../../core/attribution/marked-quotes';
import { bodySchema } from '../../../core/body/schema';
import { articleFromImport, type ImportContext } from '../../../core/import/build-article';
import { noFields, paragraphsBody } from '../../../core/import/imported';
import { markQuotations } from '../../../core/import/mark-quotations';
import { readPageText } from '../../../core/import/page-text';
import type { BodyJSON } from '../../../core/body/schema';
import { blockTexts, doc, p, SEED, seedText } from './builders';

function context(timeZone = 'Asia/Kabul'): ImportContext {
  let n = 0;
  return { id: 'imported-article', now: '2026-03-01T09:00:00+04:30', timeZone, newId: () => `id-${++n}`, origin: 'seed.txt (web page text)' };
}

/** Each marked quotation's text (pieces joined by the paragraph breaks between them) and source id. */
function quotations(body: BodyJSON): { text: string; sourceId: string | null }[] {
  const node = bodySchema().nodeFromJSON(body);
  return markedQuotes(node).map((quote) => ({ text: quote.pieces.map((piece) => node.textBetween(piece.from, piece.to)).join(' | '), sourceId: quote.sourceId }));
}

describe('an article from imported fields', () => {
  it('makes the seed an article: its fields, the updated day in the newsroom zone, five quotations by one new source', () => {
    const article = articleFromImport(readPageText(seedText()), context());

    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({
      id: 'imported-article',
      slug: 'we-will-only-leave-when-the-time-is-right-stoltenberg',
      status: 'draft',
      section: 'Latest News',
      headline: 'We will only leave when the time is right: Stoltenberg',
      publishedAt: null,
      updatedAt: '2021-02-18T00:00:00+04:30',
      createdAt: '2026-03-01T09:00:00+04:30',
    });
    expect(article.sources).toEqual([newSource(article.sources[0]!.id, 'Jens Stoltenberg', { kind: 'person', title: 'NATO Secretary General' })]);
    const gold = JSON.parse(readFileSync(`${SEED}.quotes.json`, 'utf8')) as { text: string }[];
    const found = quotations(article.body);
    expect(found).toHaveLength(5);
    expect(found.every((quote) => quote.sourceId === article.sources[0]!.id)).toBe(true);
    // Each marked quotation starts and ends where a careful editor's does.
    found.forEach((quote, index) => {
      expect(gold[index]!.text.startsWith(quote.text.split(' | ')[0]!)).toBe(true);
      expect(gold[index]!.text.endsWith(quote.text.split(' | ').at(-1)!)).toBe(true);
    });
    expect(new Set(markedQuotes(bodySchema().nodeFromJSON(article.body)).map((quote) => quote.quoteId)).size).toBe(5);
  });

  it.each([
    ['America/New_York', '2021-02-18T00:00:00-05:00'],
    ['Europe/Berlin', '2021-02-18T00:00:00+01:00'],
    ['UTC', '2021-02-18T00:00:00+00:00'],
  ])('reads a day without a time as the start of that day in %s, and says so to the desk', (timeZone, updatedAt) => {
    const article = articleFromImport(readPageText(seedText()), context(timeZone));

    expect(article.updatedAt).toBe(updatedAt);
    expect(article.internalNote).toContain(`The updated date on the page (2021-02-18) has no time of day: the start of that day in ${timeZone} was used.`);
  });

  it('reads a local time in the newsroom zone, and a GMT time as that instant in the newsroom’s offset', () => {
    const fields = readPageText(['Floods hit Kabul', 'Published on February 17, 2021 9:14 pm', 'Updated: 18 Feb 2021 10:02 GMT', 'Rain fell all night and the river rose over its banks.'].join('\n'));

    const article = articleFromImport(fields, context('Asia/Kabul'));

    expect(article.publishedAt).toBe('2021-02-17T21:14:00+04:30');
    expect(article.updatedAt).toBe('2021-02-18T14:32:00+04:30');
    expect(article.internalNote).not.toContain('no time of day');
  });

  it('keeps an instant the file stated, offset and all', () => {
    const article = articleFromImport({ ...noFields(), headline: 'x', published: { kind: 'instant', instant: '2021-02-17T16:44:00Z' } }, context());

    expect(article.publishedAt).toBe('2021-02-17T16:44:00Z');
  });

  it('leaves a quotation with no suggested speaker unmarked, and tells the desk', () => {
    const article = articleFromImport({ ...noFields(), headline: 'Rain', body: paragraphsBody(['“It will rain again.”', 'The river rose.']) }, context());

    expect(quotations(article.body)).toEqual([]);
    expect(article.sources).toEqual([]);
    expect(article.internalNote).toContain('1 quotation has no suggested speaker and is left unattributed.');
  });

  it('refuses fields that do not fit the article format, with the field named', () => {
    expect(() => articleFromImport({ ...noFields(), headline: 'x'.repeat(1001) }, context())).toThrow(/does not fit the article format \(headline:/);
  });
});

describe('marking imported quotations', () => {
  it('points a quotation at the article’s existing source of that name instead of making a second one', () => {
    const existing = newSource('ana', 'Ana Ruiz');
    let n = 0;
    const marked = markQuotations(doc(p('“We lost everything,” said Ana Ruiz.'), p('“Nothing is left,” Ruiz said.')), [existing], () => `q${++n}`);

    expect(marked.sources).toEqual([existing]);
    expect(quotations(marked.body).map((quote) => quote.sourceId)).toEqual(['ana', 'ana']);
    expect(blockTexts(marked.body)).toEqual(['“We lost everything,” said Ana Ruiz.', '“Nothing is left,” Ruiz said.']);
  });

  it('creates an organisation as an organisation', () => {
    const marked = markQuotations(doc(p('“The talks are over,” NATO said in a statement.')), [], () => 'org');

    expect(marked.sources).toMatchObject([{ name: 'NATO', kind: 'organisation' }]);
  });
});
