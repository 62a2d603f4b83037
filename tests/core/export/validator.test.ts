// The W3C validator finds no error in any export: every article fixture, articles covering every
// node and mark, every state of the dates, odd links, attacks and random text in every field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { readArticle } from '../../../core/article/read';
import { createExporter } from '../../../core/export/exporter';
import type { Settings } from '../../../core/settings/settings';
import { a, doc, everyNodeAndMark, h, p, pullQuote } from '../../builders/body';
import { fullStory, settings, story, update } from '../../builders/article';
import { HOSTILE_HREFS, PAYLOADS, hostileArticle, randomText } from './hostile';
import { validatorErrors } from './vnu';

const FIXTURES = 'tests/fixtures';

function fixtureArticles(): [string, Article][] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.byline.json'))
    .map((file) => {
      const read = readArticle(readFileSync(join(FIXTURES, file)));
      if (!read.ok) throw new Error(`${file}: ${read.problem.message}`);
      return [file, read.article];
    });
}

const SETTINGS: [string, Partial<Settings>][] = [
  [
    'ap, stylesheet, base URL, quotation sources',
    { dateStyle: 'ap', baseUrl: 'https://news.example/stories', exportQuoteSources: true },
  ],
  ['long, no stylesheet, no newsroom name', { dateStyle: 'long', exportStylesheet: false, newsroomName: '' }],
  ['iso', { dateStyle: 'iso' }],
];

const ARTICLES: [string, Article][] = [
  ['every node and mark, all dates and updates', fullStory(everyNodeAndMark())],
  ['a draft with no dates', story(everyNodeAndMark())],
  ['published, never updated', story(doc(p('x')), { publishedAt: '2021-02-18T21:14:00-05:00' })],
  [
    'corrections only',
    story(doc(p('x')), {
      updatedAt: '2021-02-19T15:00:00Z',
      updates: [update('u1', 'correction', '2021-02-19T15:00:00Z', 'Fixes a name.')],
    }),
  ],
  ['an empty body and a blank headline', story(doc(p()), { headline: '  ' })],
  ['empty subheads and pull quote', story(doc(h(2), pullQuote([], []), p()))],
  [
    'links as reporters paste them',
    story(
      doc(
        p(
          ...a('https://example.com/a b', 'space'),
          ...a('https://example.com/ünï?q="x"', 'unicode'),
          ...a('https://bücher.example/', 'idn'),
          ...a('https://[::1]:8080/x', 'ipv6'),
          ...a('mailto:desk@example.com?subject=Tip off', 'mail'),
          ...a('https://example.com/100%', 'percent'),
        ),
      ),
    ),
  ],
];

function documents(): Map<string, string> {
  const all = new Map<string, string>();
  for (const [settingsName, fields] of SETTINGS) {
    const exporter = createExporter(settings(fields));
    const add = (name: string, article: Article) => {
      all.set(`${name} (${settingsName})`, exporter.document(article));
      // A fragment is pasted into someone else's page: it must be valid inside one too.
      const { html } = exporter.fragment(article, { header: true });
      all.set(
        `fragment of ${name} (${settingsName})`,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body>${html}</body></html>`,
      );
    };
    for (const [name, article] of [...fixtureArticles(), ...ARTICLES]) add(name, article);
    PAYLOADS.forEach((payload, index) =>
      add(`payload ${index}`, hostileArticle(payload, HOSTILE_HREFS[index % HOSTILE_HREFS.length]!)),
    );
    fc.sample(randomText, { seed: 6, numRuns: 15 }).forEach((text, index) =>
      add(`random text ${index}`, hostileArticle(text, `https://example.com/${text}`)),
    );
  }
  return all;
}

// A page with a known error goes through in the same run (Java starts once): the validator's
// silence about the exports means something only if it speaks up about this one.
const BROKEN = '<!DOCTYPE html><html lang="en"><head><title></title></head><body><p><div>\u0001</p></body></html>';

describe('the W3C validator', () => {
  it('finds no error in any export, and the errors of a broken page', { timeout: 180_000 }, () => {
    const all = documents();
    expect(all.size).toBeGreaterThan(100);
    all.set('broken page', BROKEN);
    const errors = validatorErrors(all);
    expect(errors.filter(({ document }) => document !== 'broken page')).toEqual([]);
    expect(errors.filter(({ document }) => document === 'broken page').length).toBeGreaterThanOrEqual(3);
  });
});
