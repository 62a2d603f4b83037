import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../core/article/article';
import { newSource } from '../../../core/article/source';
import { markedQuotes } from '../../../core/attribution/marked-quotes';
import { bodySchema } from '../../../core/body/schema';
import { articleFromImport, type ImportContext } from '../../../core/import/build-article';
import { noFields, paragraphsBody } from '../../../core/import/imported';
import { markQuotations, type OfferOf } from '../../../core/import/mark-quotations';
import { readPageText } from '../../../core/import/page-text';
import type { BodyJSON } from '../../../core/body/schema';
import { doc, p } from '../../builders/body';
import { blockTexts, SEED, seedText } from './fixtures';

function context(timeZone = 'Asia/Kabul', offerOf?: OfferOf): ImportContext {
  let n = 0;
  return {
    id: 'imported-article',
    now: '2026-03-01T09:00:00+04:30',
    timeZone,
    newId: () => `id-${++n}`,
    origin: 'seed.txt (web page text)',
    offerOf,
  };
}

/** A calibration that trusts every suggestion with one click, so the marking itself is what is tested. */
const settled: OfferOf = ({ speaker }) => (speaker === null ? 'none' : 'one-click');

/** Each marked quotation's text (pieces joined by the paragraph breaks between them) and source id. */
function quotations(body: BodyJSON): { text: string; sourceId: string | null }[] {
  const node = bodySchema().nodeFromJSON(body);
  return markedQuotes(node).map((quote) => ({
    text: quote.pieces.map((piece) => node.textBetween(piece.from, piece.to)).join(' | '),
    sourceId: quote.sourceId,
  }));
}

describe('an article from imported fields', () => {
  it('makes the seed an article: its fields, the page’s updated day waiting beside the record, five quotations by one new source when its suggestions are settled', () => {
    const article = articleFromImport(readPageText(seedText()), context('Asia/Kabul', settled));

    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({
      id: 'imported-article',
      slug: 'we-will-only-leave-when-the-time-is-right-stoltenberg',
      status: 'draft',
      section: 'Latest News',
      headline: 'We will only leave when the time is right: Stoltenberg',
      publishedAt: null,
      updatedAt: null,
      updates: [],
      pageDates: {
        from: 'seed.txt (web page text)',
        published: null,
        updated: { date: '2021-02-18', settled: null },
      },
      createdAt: '2026-03-01T09:00:00+04:30',
    });
    expect(article.sources).toEqual([
      newSource(article.sources[0]!.id, 'Jens Stoltenberg', { kind: 'person', title: 'NATO Secretary General' }),
    ]);
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

  it('with the measured calibration, leaves the seed’s five suggested speakers to confirm and makes no source of a guess', () => {
    const article = articleFromImport(readPageText(seedText()), context());

    expect(article.sources).toEqual([]);
    expect(quotations(article.body)).toEqual([]);
    expect(article.internalNote).toContain('5 quotations have suggested speakers to confirm in the Quotes tab.');
  });

  it.each(['America/New_York', 'Europe/Berlin', 'Asia/Kabul', 'UTC'])(
    'keeps a day without a time as the day itself in %s (no midnight invented), and tells the desk where it waits',
    (timeZone) => {
      const article = articleFromImport(readPageText(seedText()), context(timeZone));

      expect(article.pageDates?.updated?.date).toBe('2021-02-18');
      expect(article.updatedAt).toBeNull();
      expect(article.internalNote).toContain(
        "The page's dates (updated February 18, 2021) are not on the record: adopt or clear them in the Dates tab.",
      );
      expect(article.internalNote).not.toContain('start of that day');
    },
  );

  it('reads a local time in the newsroom zone, and a GMT time as that instant in the newsroom’s offset', () => {
    const fields = readPageText(
      [
        'Floods hit Kabul',
        'Published on February 17, 2021 9:14 pm',
        'Updated: 18 Feb 2021 10:02 GMT',
        'Rain fell all night and the river rose over its banks.',
      ].join('\n'),
    );

    const article = articleFromImport(fields, context('Asia/Kabul'));

    expect(article.pageDates).toMatchObject({
      published: { date: '2021-02-17T21:14:00+04:30', settled: null },
      updated: { date: '2021-02-18T14:32:00+04:30', settled: null },
    });
    expect([article.publishedAt, article.updatedAt]).toEqual([null, null]);
  });

  it('keeps an instant the file stated, offset and all', () => {
    const article = articleFromImport(
      { ...noFields(), headline: 'x', published: { kind: 'instant', instant: '2021-02-17T16:44:00Z' } },
      context(),
    );

    expect(article.pageDates?.published?.date).toBe('2021-02-17T16:44:00Z');
  });

  it('puts the dates of Byline’s own export back on the record, as they were stamped', () => {
    const article = articleFromImport(
      {
        ...noFields(),
        headline: 'x',
        published: { kind: 'instant', instant: '2021-02-17T16:44:00Z' },
        datesOnRecord: true,
      },
      context(),
    );

    expect(article.publishedAt).toBe('2021-02-17T16:44:00Z');
    expect(article.pageDates).toBeUndefined();
  });

  it('puts a day from Byline’s own export (an adopted page day) back on the record as the start of that day', () => {
    const article = articleFromImport(
      {
        ...noFields(),
        headline: 'x',
        published: { kind: 'local', wall: { year: 2021, month: 2, day: 17 }, utc: false },
        datesOnRecord: true,
      },
      context('Asia/Kabul'),
    );

    expect(article.publishedAt).toBe('2021-02-17T00:00:00+04:30');
  });

  it('leaves a quotation with no suggested speaker unmarked, and tells the desk', () => {
    const article = articleFromImport(
      { ...noFields(), headline: 'Rain', body: paragraphsBody(['“It will rain again.”', 'The river rose.']) },
      context(),
    );

    expect(quotations(article.body)).toEqual([]);
    expect(article.sources).toEqual([]);
    expect(article.internalNote).toContain('1 quotation has no suggested speaker and is left unattributed.');
  });

  it('cuts a headline over 1,000 characters at a word, with an ellipsis, instead of failing the import, and tells the desk', () => {
    const headline = 'Council votes on the harbour wall '.repeat(36).trim();

    const article = articleFromImport({ ...noFields(), headline }, context());

    expect(headline.length).toBeGreaterThan(1000);
    expect(article.headline.length).toBeLessThanOrEqual(1000);
    expect(article.headline).toMatch(
      /^Council votes on the harbour wall Council .* (?:Council|votes|on|the|harbour|wall)…$/,
    );
    expect(headline.startsWith(article.headline.slice(0, -1))).toBe(true);
    expect(article.internalNote).toContain(
      `The headline was ${headline.length.toLocaleString('en-US')} characters long, more than the 1,000 an article keeps: it was cut at a word.`,
    );
  });

  it('brings every field the format caps within its cap, and the article is one the format accepts', () => {
    const long = (length: number) => 'word '.repeat(Math.ceil(length / 5)).slice(0, length);
    const fields = {
      ...noFields(),
      kicker: long(300),
      section: long(300),
      headline: long(1500),
      deck: long(6000),
      bylines: Array.from({ length: 70 }, (_, n) => ({ name: `${long(250)} ${n}`, role: long(250) })),
      dateline: { place: long(300), timeZone: null },
      tags: Array.from({ length: 150 }, (_, n) => `${long(120)} ${n}`),
      updates: [{ id: 'u1', kind: 'update' as const, at: '2021-02-18T10:02:00Z', note: long(6000), by: '' }],
    };

    const article = articleFromImport(fields, context());

    expect(ArticleSchema.parse(article)).toEqual(article);
    for (const [text, cap] of [
      [article.kicker, 200],
      [article.section, 200],
      [article.headline, 1000],
      [article.deck, 5000],
    ] as const) {
      expect(text.length).toBeLessThanOrEqual(cap);
      expect(text).toMatch(/ word…$/);
    }
    expect([
      article.bylines.length,
      article.bylines[0]!.name.length <= 200,
      article.dateline!.place.length <= 200,
    ]).toEqual([50, true, true]);
    expect([
      article.tags.length,
      article.tags.every((tag) => tag.length <= 100),
      article.updates[0]!.note.length <= 5000,
    ]).toEqual([100, true, true]);
    expect(article.internalNote).toContain('Only the first 50 bylines were kept (there were 70).');
    expect(article.internalNote).toContain('The byline 1 name was 252 characters long');
  });

  it('keeps the first 1,000 speakers as sources and leaves the quotations of the others unattributed, never pointing at a missing source', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const speakers = Array.from(
      { length: 1005 },
      (_, n) => `Anna K${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676)]}ova`,
    );

    const article = articleFromImport(
      {
        ...noFields(),
        headline: 'Speakers',
        body: paragraphsBody(speakers.map((name) => `"We will act," said ${name}.`)),
      },
      context('Asia/Kabul', settled),
    );

    expect(article.sources).toHaveLength(1000);
    const sourceIds = new Set(article.sources.map((source) => source.id));
    const marked = quotations(article.body);
    expect(marked).toHaveLength(1000);
    expect(marked.every((quote) => sourceIds.has(quote.sourceId!))).toBe(true);
    expect(article.internalNote).toContain(
      'Only the first 1,000 sources were kept (there were 1,005); the quotations of the others are left unattributed.',
    );
  });
});

describe('marking imported quotations', () => {
  it('points a quotation at the article’s existing source of that name instead of making a second one', () => {
    const existing = newSource('ana', 'Ana Ruiz');
    let n = 0;
    const marked = markQuotations(
      doc(p('“We lost everything,” said Ana Ruiz.'), p('“Nothing is left,” Ruiz said.')),
      [existing],
      () => `q${++n}`,
      settled,
    );

    expect(marked.sources).toEqual([existing]);
    expect(quotations(marked.body).map((quote) => quote.sourceId)).toEqual(['ana', 'ana']);
    expect(blockTexts(marked.body)).toEqual(['“We lost everything,” said Ana Ruiz.', '“Nothing is left,” Ruiz said.']);
  });

  it('creates an organisation as an organisation', () => {
    const marked = markQuotations(doc(p('“The talks are over,” NATO said in a statement.')), [], () => 'org', settled);

    expect(marked.sources).toMatchObject([{ name: 'NATO', kind: 'organisation' }]);
  });
});
