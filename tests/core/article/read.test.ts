// Every way an article file can be unfit gets its own reason, in words a reporter understands.
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../core/article/article';
import { MAX_ARTICLE_BYTES } from '../../../core/article/format';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';

const article = newArticle({ id: 'article-0001', slug: 'city-budget', headline: 'City budget passes', now: '2025-03-01T08:00:00.000Z' });
const good = serializeArticle(article);
const bytes = (text: string) => new TextEncoder().encode(text);
const withFields = (fields: Record<string, unknown>) => bytes(JSON.stringify({ ...article, ...fields }));

describe('readArticle', () => {
  it('reads a well-formed file back into the article that was written', () => {
    expect(readArticle(bytes(good))).toEqual({ ok: true, article, readOnly: null });
  });

  const unfit: { name: string; input: Uint8Array; code: string; reason: RegExp }[] = [
    { name: 'empty', input: new Uint8Array(), code: 'EMPTY', reason: /empty/ },
    { name: 'over the size limit', input: new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x20), code: 'TOO_LARGE', reason: /16\.0 MB; articles larger than 16\.0 MB/ },
    { name: 'holding a NUL byte', input: new Uint8Array([0x7b, 0x00, 0x7d]), code: 'BINARY', reason: /binary data/ },
    { name: 'not UTF-8', input: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), code: 'BINARY', reason: /not UTF-8/ },
    { name: 'cut off mid-save', input: bytes(good.slice(0, 120)), code: 'NOT_JSON', reason: /not complete JSON.*cut off/ },
    { name: 'JSON but not an article', input: bytes('[1, 2, 3]'), code: 'NOT_AN_ARTICLE', reason: /not a Byline article/ },
    { name: 'a bad id', input: withFields({ id: 'x' }), code: 'INVALID', reason: /\(id: an article id is 8 to 64/ },
    { name: 'a date that is not an instant', input: withFields({ savedAt: 'yesterday' }), code: 'INVALID', reason: /\(savedAt:/ },
    { name: 'a dateline in a zone that does not exist', input: withFields({ dateline: { place: 'KABUL', timeZone: 'Asia/Atlantis' } }), code: 'INVALID', reason: /\(dateline\.timeZone: an IANA time zone name/ },
    { name: 'an update that is not an instant', input: withFields({ updates: [{ id: 'u1', kind: 'correction', at: 'Feb 18', note: 'Fixed.', by: 'Ana' }] }), code: 'INVALID', reason: /\(updates\.0\.at:/ },
    { name: 'a body that is not a document', input: withFields({ body: { type: 'paragraph' } }), code: 'INVALID', reason: /body: the body must be a ProseMirror document/ },
    { name: 'a node the schema does not know', input: withFields({ body: { type: 'doc', content: [{ type: 'poll' }] } }), code: 'INVALID', reason: /cannot edit without losing it/ },
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

  it('names a newer version, not a schema error, when a newer file does not fit this schema', () => {
    const read = readArticle(withFields({ version: 3, status: 'in-review', body: { type: 'doc', content: [{ type: 'poll' }] } }));
    expect(read).toMatchObject({ ok: false, problem: { code: 'NEWER_VERSION' } });
  });
});
