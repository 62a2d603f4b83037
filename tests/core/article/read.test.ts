// Every way an article file can be unfit gets its own reason, in words a reporter understands.
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../core/article/article';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { p, text, unfitDoc } from '../../builders/body';

const article = newArticle({
  id: 'article-0001',
  slug: 'city-budget',
  headline: 'City budget passes',
  now: '2025-03-01T08:00:00.000Z',
});
const good = serializeArticle(article);
const bytes = (text: string) => new TextEncoder().encode(text);
const withFields = (fields: Record<string, unknown>) => bytes(JSON.stringify({ ...article, ...fields }));

describe('readArticle', () => {
  it('reads a well-formed file back into the article that was written', () => {
    expect(readArticle(bytes(good))).toEqual({ ok: true, article, readOnly: null });
  });

  const unfit: { name: string; input: Uint8Array; code: string; reason: RegExp }[] = [
    { name: 'empty', input: new Uint8Array(), code: 'EMPTY', reason: /empty/ },
    {
      name: 'over the size limit',
      input: new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x20),
      code: 'TOO_LARGE',
      reason: /16\.0 MB; articles larger than 16\.0 MB/,
    },
    { name: 'holding a NUL byte', input: new Uint8Array([0x7b, 0x00, 0x7d]), code: 'BINARY', reason: /binary data/ },
    { name: 'not UTF-8', input: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), code: 'BINARY', reason: /not UTF-8/ },
    {
      name: 'cut off mid-save',
      input: bytes(good.slice(0, 120)),
      code: 'NOT_JSON',
      reason: /not complete JSON.*cut off/,
    },
    {
      name: 'JSON but not an article',
      input: bytes('[1, 2, 3]'),
      code: 'NOT_AN_ARTICLE',
      reason: /not a Byline article/,
    },
    { name: 'a bad id', input: withFields({ id: 'x' }), code: 'INVALID', reason: /\(id: an article id is 8 to 64/ },
    {
      name: 'a date that is not an instant',
      input: withFields({ savedAt: 'yesterday' }),
      code: 'INVALID',
      reason: /\(savedAt:/,
    },
    {
      name: 'a dateline in a zone that does not exist',
      input: withFields({ dateline: { place: 'KABUL', timeZone: 'Asia/Atlantis' } }),
      code: 'INVALID',
      reason: /\(dateline\.timeZone: an IANA time zone name/,
    },
    {
      name: 'an update that is not an instant',
      input: withFields({ updates: [{ id: 'u1', kind: 'correction', at: 'Feb 18', note: 'Fixed.', by: 'Ana' }] }),
      code: 'INVALID',
      reason: /\(updates\.0\.at:/,
    },
    {
      name: 'a body that is not a document',
      input: withFields({ body: { type: 'paragraph' } }),
      code: 'INVALID',
      reason: /body: the body must be a ProseMirror document/,
    },
    {
      name: 'a node the schema does not know',
      input: withFields({ body: { type: 'doc', content: [{ type: 'poll' }] } }),
      code: 'INVALID',
      reason: /cannot edit without losing it/,
    },
    {
      name: 'a paragraph holding a paragraph',
      input: withFields({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] } }),
      code: 'INVALID',
      reason: /cannot edit without losing it/,
    },
  ];
  for (const { name, input, code, reason } of unfit) {
    it(`refuses a file ${name} as ${code} with a clear reason`, () => {
      const read = readArticle(input);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problem.code).toBe(code);
      expect(read.problem.message).toMatch(reason);
    });
  }

  it('opens a newer major version read-only, keeping what it does not know', () => {
    const read = readArticle(withFields({ version: 2, sidebar: 'factbox' }));
    expect(read.ok && read.readOnly?.code).toBe('NEWER_VERSION');
    expect(read.ok && read.readOnly?.message).toMatch(/format 2; this one reads format 1.*read-only/);
    expect(read.ok && read.article).toMatchObject({ version: 2, sidebar: 'factbox' });
  });

  it('names a newer version, not a schema error, when a newer file does not fit this schema, and says it cannot be opened', () => {
    const read = readArticle(
      withFields({ version: 3, status: 'in-review', body: { type: 'doc', content: [{ type: 'poll' }] } }),
    );
    expect(read).toMatchObject({ ok: false, problem: { code: 'NEWER_VERSION' } });
    expect(!read.ok && read.problem.message).toMatch(/format 3.*\(status: .*\)\. It cannot be opened here/);
    expect(!read.ok && read.problem.message).not.toMatch(/opens read-only/);
  });
});

describe('readArticle and the attributes of the body', () => {
  const linked = (attrs: Record<string, unknown> | undefined) =>
    withFields({ body: unfitDoc(p(text('first')), p(text('linked', [{ type: 'link', attrs }]))) });

  const wrong: { name: string; input: Uint8Array; reason: RegExp }[] = [
    {
      name: 'a link whose address is null',
      input: linked({ href: null }),
      reason: /a link's address \(href\) must be text, not null/,
    },
    {
      name: 'a link whose address is a number',
      input: linked({ href: 42 }),
      reason: /a link's address \(href\) must be text, not 42/,
    },
    {
      name: 'a link whose address is an object',
      input: linked({ href: { toString: null } }),
      reason: /a link's address \(href\) must be text, not an object/,
    },
    {
      name: 'a link with no address at all',
      input: linked(undefined),
      reason: /a link's address \(href\) must be text, not null/,
    },
    {
      name: 'a link whose title is an object',
      input: linked({ href: 'https://example.com', title: { a: 1 } }),
      reason: /a link's title must be text, a number, true, false or null, not an object/,
    },
    {
      name: 'a link whose target is a list',
      input: linked({ href: 'https://example.com', target: ['_blank'] }),
      reason: /a link's target must be .*not a list/,
    },
    {
      name: 'a link whose rel is an object',
      input: linked({ href: 'https://example.com', rel: {} }),
      reason: /a link's rel must be .*not an object/,
    },
    {
      name: 'a quotation whose id is a number',
      input: withFields({
        body: unfitDoc(p(text('“Stay.”', [{ type: 'quote', attrs: { quoteId: 7, sourceId: null } }]))),
      }),
      reason: /a marked quotation's quotation id \(quoteId\) must be text, not 7/,
    },
    {
      name: 'a quotation whose source is an object',
      input: withFields({
        body: unfitDoc(p(text('“Stay.”', [{ type: 'quote', attrs: { quoteId: 'q1', sourceId: { id: 's1' } } }]))),
      }),
      reason: /a marked quotation's source \(sourceId\) must be text or null, not an object/,
    },
    {
      name: 'a subhead whose level is text',
      input: withFields({ body: unfitDoc({ type: 'heading', attrs: { level: '2' }, content: [text('Why')] }) }),
      reason: /a subhead's level must be a whole number from 1 to 6, not "2"/,
    },
    {
      name: 'a subhead whose level is an object',
      input: withFields({ body: unfitDoc({ type: 'heading', attrs: { level: {} }, content: [text('Why')] }) }),
      reason: /a subhead's level must be a whole number/,
    },
    {
      name: 'a numbered list that starts at text',
      input: withFields({
        body: unfitDoc({
          type: 'orderedList',
          attrs: { start: 'three' },
          content: [{ type: 'listItem', content: [p(text('a'))] }],
        }),
      }),
      reason: /a numbered list's first number \(start\) must be a number or null, not "three"/,
    },
  ];
  for (const { name, input, reason } of wrong) {
    it(`refuses ${name} as INVALID, naming the attribute`, () => {
      const read = readArticle(input);
      expect(read).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
      expect(!read.ok && read.problem.message).toMatch(/^The body does not fit the article format: /);
      expect(!read.ok && read.problem.message).toMatch(reason);
    });
  }

  it('keeps reading the attribute values the editor itself writes', () => {
    const body = unfitDoc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Why')] },
      // TipTap reads a pasted title="2024" as the number 2024, and <ol start="x"> as NaN, stored as null.
      p(
        text('linked', [
          { type: 'link', attrs: { href: 'https://example.com', target: null, rel: null, class: null, title: 2024 } },
        ]),
      ),
      {
        type: 'orderedList',
        attrs: { start: null, type: null },
        content: [{ type: 'listItem', content: [p(text('a'))] }],
      },
      p(text('“Stay.”', [{ type: 'quote', attrs: { quoteId: 'q1', sourceId: null } }])),
    );
    expect(readArticle(withFields({ body }))).toMatchObject({ ok: true, readOnly: null });
  });
});

describe('readArticle and a newer file whose body this version does not know', () => {
  const factBox = { type: 'factBox', attrs: { tone: 'grey' }, content: [p(text('Population: 4.2 million'))] };
  const newerBody = unfitDoc(
    p(text('Before the box.')),
    factBox,
    p(text('A ', []), text('highlighted', [{ type: 'highlight' }]), text(' word.')),
  );

  it('opens it read-only with a placeholder for each unknown block and mark, and says so in the same words for the list and the editor', () => {
    for (const checkBody of [true, false]) {
      const read = readArticle(withFields({ version: 2, body: newerBody }), { checkBody });
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.readOnly?.code).toBe('NEWER_VERSION');
      expect(read.readOnly?.message).toMatch(
        /opens read-only: what this version does not know \(factBox, highlight\) is shown as placeholders, and it cannot be exported/,
      );
      expect(read.article.body.content).toEqual([
        p(text('Before the box.')),
        { type: 'newerBlock', attrs: { type: 'factBox', text: 'Population: 4.2 million' } },
        p(text('A ', []), text('highlighted', [{ type: 'newerMark', attrs: { type: 'highlight' } }]), text(' word.')),
      ]);
    }
  });

  it('shows an unknown inline piece inside a paragraph as an inline placeholder', () => {
    const read = readArticle(
      withFields({
        version: 2,
        body: unfitDoc(p(text('Call '), { type: 'mention', attrs: { id: 'p1' }, content: [text('Ana')] })),
      }),
    );
    expect(read.ok && read.article.body.content?.[0]?.content?.[1]).toEqual({
      type: 'newerInline',
      attrs: { type: 'mention', text: 'Ana' },
    });
  });

  it('shows a known block carrying an attribute this version does not know as a placeholder, never dropping the attribute silently', () => {
    const read = readArticle(
      withFields({
        version: 2,
        body: unfitDoc({ type: 'paragraph', attrs: { align: 'center' }, content: [text('Centred.')] }),
      }),
    );
    expect(read.ok && read.readOnly?.message).toMatch(/\(paragraph with "align"\)/);
    expect(read.ok && read.article.body.content?.[0]).toEqual({
      type: 'newerBlock',
      attrs: { type: 'paragraph with "align"', text: 'Centred.' },
    });
  });

  it('says plainly that it cannot be opened when no placeholder can stand in for what it holds', () => {
    const read = readArticle(
      withFields({
        version: 2,
        body: unfitDoc({ type: 'bulletList', content: [{ type: 'checkItem', content: [p(text('a'))] }] }),
      }),
    );
    expect(read).toMatchObject({ ok: false, problem: { code: 'NEWER_VERSION' } });
    expect(!read.ok && read.problem.message).toMatch(
      /format 2; this one reads format 1\), and its body is laid out in a way this version cannot show .* It cannot be opened here/,
    );
  });

  it('refuses a placeholder written into a file of this version', () => {
    const read = readArticle(
      withFields({ body: unfitDoc({ type: 'newerBlock', attrs: { type: 'factBox', text: '' } }) }),
    );
    expect(read).toMatchObject({
      ok: false,
      problem: {
        code: 'INVALID',
        message: expect.stringMatching(/placeholder for fact box from a newer Byline, which is never kept in a file/),
      },
    });
  });
});
