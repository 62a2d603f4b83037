import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../core/article/article';
import { newSource } from '../../../../core/article/source';
import { createExporter } from '../../../../core/export';
import { readPageText } from '../../../../core/import/page-text';
import { articleFromImport } from '../../../../core/import/build-article';
import { adoptPageDates } from '../../../../core/stamps/page-dates';
import { stampPublished } from '../../../../core/stamps/publish';
import { defaultSettings, type Settings } from '../../../../core/settings/settings';
import { importFile } from '../../../../electron/library/import/import-file';
import { a, asStored, b, blockquote, br, doc, h, i, li, ol, p, pullQuote, ul } from '../../../builders/body';
import { seedText, withoutQuoteMarks } from '../../../core/import/fixtures';

const ZONE = 'Asia/Kabul';

/** An article with every field readers see filled, and private things a reader must never see. */
function fullArticle(): Article {
  const marked = {
    type: 'text',
    text: 'We will rebuild every house,',
    marks: [{ type: 'quote', attrs: { quoteId: 'q1', sourceId: 'mayor' } }],
  };
  return {
    ...newArticle({
      id: 'flood-story-1',
      slug: 'floods-force-thousands',
      headline: 'Floods force thousands  from their homes & <shelters>',
      now: '2021-02-17T08:00:00+04:30',
    }),
    kicker: 'Weather',
    section: 'World',
    deck: 'Rescue crews worked through the night as rivers rose',
    bylines: [
      { name: 'Amina Rahim', role: 'Staff reporter' },
      { name: 'Omar Khan', role: null },
    ],
    dateline: { place: 'KABUL', timeZone: null },
    tags: ['floods', 'Kabul', 'rescue'],
    publishedAt: '2021-02-17T21:14:00+04:30',
    updatedAt: '2021-02-18T10:02:00+04:30',
    updates: [
      { id: 'u1', kind: 'update', at: '2021-02-18T09:00:00+04:30', note: 'Adds the death toll.', by: 'Desk' },
      {
        id: 'u2',
        kind: 'correction',
        at: '2021-02-18T10:02:00+04:30',
        note: 'An earlier version misnamed the district: it is Karte Se.',
        by: 'Desk',
      },
    ],
    internalNote: 'PRIVATE-NOTE check the toll with the ministry',
    sources: [newSource('mayor', 'Ana Ruiz', { title: 'Mayor', contactNotes: 'PRIVATE-PHONE 0700' })],
    body: asStored(
      doc(
        p(
          'Floodwater swept through ',
          b('three districts'),
          ' on ',
          i('Wednesday'),
          ', ',
          a('https://news.example/map?d=3&x=1', 'officials said'),
          '.',
        ),
        p('“', marked, '” Mayor Ana Ruiz said.'),
        h(2, 'Shelters opened'),
        ul(li(p('Schools')), li(p('Mosques'))),
        ol(li(p('Register')), li(p('Collect blankets'))),
        blockquote(p('Stay away from the river banks.')),
        pullQuote('We lost everything in one hour', 'Ana Ruiz, teacher'),
        p('Line one', br(), 'line two  with two spaces'),
        h(3, 'What next'),
        p('Write to ', a('mailto:desk@news.example', 'the desk'), '.'),
      ),
    ),
  };
}

async function exportAndImport(article: Article, settings: Settings): Promise<Article> {
  const path = join(mkdtempSync(join(tmpdir(), 'byline-roundtrip-')), 'story.html');
  writeFileSync(path, createExporter(settings).document(article));
  return importFile(path, { timeZone: settings.timeZone });
}

describe('Byline’s own export, read back', () => {
  it('gives back every exported field and the body exactly', async () => {
    const original = fullArticle();

    const back = await exportAndImport(original, defaultSettings(ZONE));

    const readerFields = [
      'kicker',
      'section',
      'headline',
      'deck',
      'bylines',
      'dateline',
      'tags',
      'publishedAt',
      'updatedAt',
    ] as const;
    for (const field of readerFields) expect(back[field], field).toEqual(original[field]);
    expect(back.slug).toBe('floods-force-thousands-from-their-homes-shelters');
    expect(back.updates.map(({ kind, at, note }) => ({ kind, at, note }))).toEqual(
      original.updates.map(({ kind, at, note }) => ({ kind, at, note })),
    );
    expect(withoutQuoteMarks(back.body)).toEqual(withoutQuoteMarks(original.body));
  });

  it('re-attributes the quotations by detection; what never leaves Byline does not come back', async () => {
    const original = fullArticle();

    const back = await exportAndImport(original, { ...defaultSettings(ZONE), exportQuoteSources: true });

    // The source is found again by name and title; its private details and ids were never exported.
    expect(back.sources).toMatchObject([{ name: 'Ana Ruiz', title: 'Mayor', contactNotes: '' }]);
    expect(back.sources[0]!.id).not.toBe('mayor');
    expect(back.internalNote).not.toContain('PRIVATE');
    expect(JSON.stringify(back)).not.toMatch(/PRIVATE/);
    // Who stamped an update is kept inside the newsroom.
    expect(back.updates.every((update) => update.by === '' && update.id !== 'u1' && update.id !== 'u2')).toBe(true);
    // The dateline's own zone is not part of the export; a set one reads back as the newsroom's.
    const zoned = await exportAndImport(
      { ...original, dateline: { place: 'KABUL', timeZone: 'Asia/Kabul' } },
      defaultSettings(ZONE),
    );
    expect(zoned.dateline).toEqual({ place: 'KABUL', timeZone: null });
  });

  it('reads back an article with nothing but a headline', async () => {
    const bare = newArticle({ id: 'bare-article', slug: 'short', headline: 'Short', now: '2021-02-17T08:00:00+04:30' });

    const back = await exportAndImport(bare, defaultSettings(ZONE));

    expect(back).toMatchObject({
      headline: 'Short',
      kicker: '',
      deck: '',
      bylines: [],
      dateline: null,
      tags: [],
      section: '',
      publishedAt: null,
      updatedAt: null,
      updates: [],
    });
    expect(back.body).toEqual(bare.body);
  });

  it('exports the imported seed with no date line while its page’s day waits; adopted, the day prints without a time', () => {
    let n = 0;
    const seed = articleFromImport(readPageText(seedText()), {
      id: 'seed-article',
      now: '2026-03-01T09:00:00+04:30',
      timeZone: ZONE,
      newId: () => `id-${++n}`,
      origin: 'seed',
    });
    const exporter = createExporter(defaultSettings(ZONE));

    expect(exporter.document(seed)).not.toMatch(/class="(?:published|last-updated)"/);

    const stamp = { now: '2026-03-01T09:00:00+04:30', by: 'Desk', timeZone: ZONE, problems: [] };
    const published = stampPublished(seed, { ...stamp, at: '2021-02-17T09:00:00+04:30' });
    if (!published.ok) throw new Error(published.reason);
    const adopted = adoptPageDates(published.article, stamp);
    if (!adopted.ok) throw new Error(adopted.reason);

    expect(exporter.document(adopted.article)).toContain(
      '<p class="last-updated">Last Updated On: <time datetime="2021-02-18">Feb. 18, 2021</time></p>',
    );
  });
  it('cleans a page that only says Byline made it: no target, rel, class or foreign quotation mark reaches the article', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'byline-generator-')), 'claims-byline.html');
    writeFileSync(
      path,
      '<!doctype html><html><head><meta name="generator" content="Byline"><title>Harbour wall</title></head><body><article>' +
        '<header><h1>Harbour wall rebuilt</h1></header>' +
        '<p class="promo">Read <a href="https://news.example/wall" target="_blank" rel="opener" class="tracker" onclick="steal()">the plan</a> now.</p>' +
        '<p><span data-quote-id="q9" data-source-id="ghost">“We will act,”</span> said Jane Doe.</p>' +
        '<img src="x.png"><iframe src="https://evil.example/frame"></iframe><figure class="ad"><p>Buy now</p></figure>' +
        '</article></body></html>',
    );

    const article = await importFile(path, { timeZone: ZONE });

    expect(article.headline).toBe('Harbour wall rebuilt');
    expect(article.body).toMatchObject({
      content: [
        {
          content: [
            { text: 'Read ' },
            {
              text: 'the plan',
              marks: [
                { type: 'link', attrs: { href: 'https://news.example/wall', target: null, rel: null, class: null } },
              ],
            },
            { text: ' now.' },
          ],
        },
        {},
      ],
    });
    expect(JSON.stringify(article.body)).not.toMatch(/_blank|opener|tracker|promo|steal|ghost|q9|evil|Buy now/);
    // The quotation is found by detection, as in any page; its page names no source, so the speaker waits to be confirmed.
    expect(article.sources).toEqual([]);
    expect(article.internalNote).toContain('1 quotation has a suggested speaker to confirm in the Quotes tab.');
  });
});
