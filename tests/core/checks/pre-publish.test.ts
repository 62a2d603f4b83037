import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { newSource } from '../../../core/article/source';
import { prePublishCheck } from '../../../core/checks/pre-publish';
import { blockingCodes, type Problem } from '../../../core/checks/problem';
import { readArticle } from '../../../core/article/read';
import { serializeArticle } from '../../../core/article/serialize';
import { bodySchema, checkBody } from '../../../core/body/schema';
import { a, b, doc, p, q, unfitDoc } from '../../builders/body';
import { detection } from '../attribution/fixtures';
import { NOW, publishedArticle, readyArticle, ZONE } from '../stamps/articles';

// Times in messages are read on the newsroom's clock, as the Dates tab shows them.
const SETTINGS = { headlineLimit: 110, timeZone: ZONE };
const check = (article: Article, now = NOW) => prePublishCheck(article, SETTINGS, now);
const brief = (problems: Problem[]) => problems.map(({ code, severity, where }) => ({ code, severity, where }));

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('prePublishCheck', () => {
  it('finds nothing wrong with a story that has everything', () => {
    expect(check(readyArticle())).toEqual([]);
  });

  it.each<{ name: string; article: Article; expected: ReturnType<typeof brief>; message: string | RegExp }>([
    {
      name: 'no headline',
      article: readyArticle({ headline: '  ' }),
      expected: [{ code: 'missing-headline', severity: 'blocking', where: { field: 'headline' } }],
      message: 'The article has no headline.',
    },
    {
      name: 'a headline over the limit',
      article: readyArticle({ headline: 'x'.repeat(111) }),
      expected: [{ code: 'headline-too-long', severity: 'warning', where: { field: 'headline' } }],
      message: 'The headline is 111 characters long; the limit is 110.',
    },
    {
      name: 'no byline',
      article: readyArticle({ bylines: [] }),
      expected: [{ code: 'missing-byline', severity: 'blocking', where: { field: 'bylines' } }],
      message: 'The article has no byline.',
    },
    {
      name: 'only an empty byline',
      article: readyArticle({ bylines: [{ name: ' ', role: null }] }),
      expected: [{ code: 'missing-byline', severity: 'blocking', where: { field: 'bylines' } }],
      message: /no byline/,
    },
    {
      name: 'no dateline',
      article: readyArticle({ dateline: null }),
      expected: [{ code: 'missing-dateline', severity: 'blocking', where: { field: 'dateline' } }],
      message: 'The article has no dateline.',
    },
    {
      name: 'a dateline without a place',
      article: readyArticle({ dateline: { place: '', timeZone: null } }),
      expected: [{ code: 'missing-dateline', severity: 'blocking', where: { field: 'dateline' } }],
      message: /no dateline/,
    },
    {
      name: 'an embargo in the future',
      article: readyArticle({ embargoUntil: '2025-03-14T10:30:01+01:00' }),
      expected: [{ code: 'embargo-in-future', severity: 'blocking', where: { field: 'embargoUntil' } }],
      message: 'The article is under embargo until March 14, 2025, 10:30:01 a.m. GMT+1.',
    },
    {
      name: 'an update stamped before publication',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updatedAt: '2025-03-14T07:00:00Z',
        updates: [{ id: 'u1', kind: 'correction', at: '2025-03-14T06:59:00Z', note: 'Fixed.', by: 'A' }],
      }),
      expected: [{ code: 'update-before-publication', severity: 'blocking', where: { field: 'updates' } }],
      message:
        'The correction stamped at March 14, 2025, 7:59 a.m. GMT+1 comes before the publication time March 14, 2025, 8 a.m. GMT+1.',
    },
    {
      name: 'an update on an article never published',
      article: readyArticle({ updates: [{ id: 'u1', kind: 'update', at: '2025-03-14T06:59:00Z', note: '', by: 'A' }] }),
      expected: [{ code: 'update-before-publication', severity: 'blocking', where: { field: 'updates' } }],
      message:
        /update stamped at March 14, 2025, 7:59 a\.m\. GMT\+1 comes before publication: the article has not been stamped as published/,
    },
    {
      name: 'an unverified source',
      article: readyArticle({ sources: [newSource('s1', 'Jens Stoltenberg', { verified: false })] }),
      expected: [{ code: 'unverified-source', severity: 'warning', where: { field: 'sources' } }],
      message: 'The source Jens Stoltenberg is not verified.',
    },
    {
      name: 'a body under half its length target',
      article: readyArticle({ lengthTarget: 101, body: doc(p(words(50))) }),
      expected: [{ code: 'body-too-short', severity: 'warning', where: { field: 'lengthTarget' } }],
      message: 'The body has 50 words, under half the length target of 101.',
    },
    {
      name: 'a body that does not fit the schema',
      article: readyArticle({ body: unfitDoc({ type: 'video', attrs: { src: 'x' } }) }),
      expected: [{ code: 'unreadable-body', severity: 'blocking', where: { field: 'body' } }],
      message: /^The body holds content Byline cannot check/,
    },
  ])('reports $name', ({ article, expected, message }) => {
    const problems = check(article);
    expect(brief(problems)).toEqual(expected);
    expect(problems[0]!.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it.each([
    { name: 'a headline exactly at the limit', article: readyArticle({ headline: 'x'.repeat(110) }) },
    {
      name: 'a headline of 110 emoji and accented letters, each counted once',
      article: readyArticle({ headline: '🇩🇪'.repeat(55) + 'é'.repeat(55) }),
    },
    {
      name: 'a body of exactly half its length target',
      article: readyArticle({ lengthTarget: 100, body: doc(p(words(50))) }),
    },
    { name: 'an embargo that lifts right now', article: readyArticle({ embargoUntil: '2025-03-14T10:30:00+01:00' }) },
    {
      name: 'an update at the publication time',
      article: publishedArticle('2025-03-14T08:00:00+01:00', {
        updatedAt: '2025-03-14T07:00:00Z',
        updates: [{ id: 'u1', kind: 'update', at: '2025-03-14T07:00:00Z', note: '', by: 'A' }],
      }),
    },
  ])('lets $name pass', ({ article }) => {
    expect(check(article)).toEqual([]);
  });

  it('uses the headline limit it is given', () => {
    expect(
      brief(prePublishCheck(readyArticle({ headline: 'Floods close the valley road' }), { headlineLimit: 20 }, NOW)),
    ).toEqual([{ code: 'headline-too-long', severity: 'warning', where: { field: 'headline' } }]);
  });

  it('names each unverified source once', () => {
    const sources = [
      newSource('s1', 'Jens Stoltenberg', { verified: true }),
      newSource('s2', 'a spokeswoman'),
      newSource('s3', ''),
    ];
    expect(check(readyArticle({ sources })).map((problem) => problem.message)).toEqual([
      'The source a spokeswoman is not verified.',
      'A source without a name is not verified.',
    ]);
  });
});

describe('quotations in the pre-publish check', () => {
  it('reports a detected quotation nobody attributed, with its range and the suggested speaker', () => {
    const body = doc(p('Rain fell all night.'), p('“We will only leave when the job is done,” Jens Stoltenberg said.'));
    const [problem, ...rest] = check(readyArticle({ body, sources: [] }));
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      code: 'unattributed-quote',
      severity: 'blocking',
      message:
        'The quotation “We will only leave when the…” has no source. Perhaps Jens Stoltenberg? (named in the cue: “Jens Stoltenberg”)',
      where: { body: { from: 24, to: 64 } },
    });
    expect(bodySchema().nodeFromJSON(body).textBetween(24, 64)).toBe('We will only leave when the job is done,');
  });

  it('reports a marked quotation without a source, and one whose source is not in the list, one problem each, in body order', () => {
    const body = doc(p('He said ', q('ghost', 'go now', 'Q1'), '.'), p('She said ', q(null, 'stay', 'Q2'), '.'));
    expect(brief(check(readyArticle({ body })))).toEqual([
      { code: 'unknown-source', severity: 'blocking', where: { body: { from: 9, to: 15 } } },
      { code: 'unattributed-quote', severity: 'blocking', where: { body: { from: 27, to: 31 } } },
    ]);
    expect(check(readyArticle({ body }))[0]!.message).toBe(
      'The quotation “go now” is attributed to a source that is not in the source list.',
    );
    expect(bodySchema().nodeFromJSON(body).textBetween(27, 31)).toBe('stay');
  });

  it('reports a quotation over several paragraphs once, over its whole range', () => {
    const body = doc(
      p('“We came to help. We will stay.'),
      p('“We will only leave when the job is done,” Jens Stoltenberg said.'),
    );
    const problems = check(readyArticle({ body, sources: [] }));
    expect(brief(problems)).toEqual([
      { code: 'unattributed-quote', severity: 'blocking', where: { body: { from: 2, to: 75 } } },
    ]);
    expect(bodySchema().nodeFromJSON(body).textBetween(2, 75, '|')).toBe(
      'We came to help. We will stay.|“We will only leave when the job is done,',
    );
  });

  it('takes the editor’s detected quotations when given, instead of detecting again', () => {
    const body = doc(p('Rain fell all night.'), p('“Nobody sails today,” harbour master Ian Cole said.'));
    const article = readyArticle({ body, sources: [] });
    expect(prePublishCheck(article, SETTINGS, NOW, [])).toEqual([]);
    const given = detection(bodySchema().nodeFromJSON(body), ['Rain fell'], null);
    expect(prePublishCheck(article, SETTINGS, NOW, [given]).map((problem) => problem.message)).toEqual([
      'The quotation “Rain fell” has no source.',
    ]);
  });
});

describe('links in the pre-publish check', () => {
  it.each([
    { href: '', code: 'empty-link', message: 'The link on “the report” has no address.' },
    { href: '   ', code: 'empty-link', message: 'The link on “the report” has no address.' },
    {
      href: 'javascript:alert(1)',
      code: 'disallowed-link',
      message:
        'The link on “the report” points to “javascript:alert(1)”, which is not a web (http, https) or mail (mailto) address.',
    },
    {
      href: 'ftp://example.org/report.pdf',
      code: 'disallowed-link',
      message: /points to “ftp:\/\/example.org\/report.pdf”/,
    },
    { href: 'example.org/report', code: 'disallowed-link', message: /points to “example.org\/report”/ },
    { href: 'https://', code: 'disallowed-link', message: /points to “https:\/\/”/ },
    { href: 'http:example.org', code: 'disallowed-link', message: /points to “http:example.org”/ },
  ])('refuses a link to “$href”', ({ href, code, message }) => {
    const body = doc(p('Read ', a(href, 'the report'), ' online.'));
    const problems = check(readyArticle({ body }));
    expect(brief(problems)).toEqual([{ code, severity: 'blocking', where: { body: { from: 6, to: 16 } } }]);
    expect(problems[0]!.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it.each(['https://example.org/report', 'HTTP://EXAMPLE.ORG', 'mailto:desk@example.org'])(
    'lets a link to %s pass',
    (href) => {
      expect(check(readyArticle({ body: doc(p('Read ', a(href, 'the report'), '.')) }))).toEqual([]);
    },
  );

  it('reports one problem for a link whose text is split by other marks', () => {
    const body = doc(p('Read the ', a('javascript:x', 'report in ', b('full'), ' here'), '.'));
    expect(brief(check(readyArticle({ body })))).toEqual([
      { code: 'disallowed-link', severity: 'blocking', where: { body: { from: 10, to: 29 } } },
    ]);
  });
});

describe('blockingCodes', () => {
  it('lists the codes of the blocking problems once each, in the order found', () => {
    const body = doc(p(q(null, 'one', 'Q1')), p(q(null, 'two', 'Q2')));
    const problems = check(readyArticle({ headline: '', body, sources: [newSource('s9', 'Ana Ruiz')] }));
    expect(blockingCodes(problems)).toEqual(['missing-headline', 'unattributed-quote']);
  });
});

describe('a newer file’s content in the pre-publish check', () => {
  it('reports each placeholder as blocking, where it is, so the check agrees with the read-only editor and the refused export', () => {
    const newer = readyArticle({
      version: 2,
      body: unfitDoc(
        p('Before.'),
        { type: 'factBox', content: [p('Population: 4.2 million')] },
        p('A ', { type: 'text', text: 'marked', marks: [{ type: 'highlight' }] }, ' word.'),
      ),
    });
    const read = readArticle(new TextEncoder().encode(serializeArticle(newer)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;

    const problems = check(read.article).filter((problem) => problem.code === 'newer-content');

    expect(problems.map(({ severity, message }) => ({ severity, message }))).toEqual([
      {
        severity: 'blocking',
        message:
          'The body holds content from a newer version of Byline (fact box), shown only as a placeholder: this version can neither check nor publish it.',
      },
      {
        severity: 'blocking',
        message:
          'The body holds content from a newer version of Byline (highlight), shown only as a placeholder: this version can neither check nor publish it.',
      },
    ]);
    const placeholder = checkBody(read.article.body, { placeholders: true });
    expect(
      placeholder.ok && placeholder.doc.nodeAt((problems[0]!.where as { body: { from: number } }).body.from)?.type.name,
    ).toBe('newerBlock');
    expect(
      placeholder.ok &&
        placeholder.doc.textBetween(
          (problems[1]!.where as { body: { from: number; to: number } }).body.from,
          (problems[1]!.where as { body: { to: number } }).body.to,
        ),
    ).toBe('marked');
  });
});
