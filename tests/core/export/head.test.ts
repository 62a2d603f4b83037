// The <head> of an exported page, read back with an HTML parser: each element and what it holds.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { countBodyWords } from '../../../core/body/text';
import { createExporter } from '../../../core/export/exporter';
import { DEFAULT_STYLESHEET } from '../../../core/export/stylesheet';
import type { Settings } from '../../../core/settings/settings';
import { doc, everyNodeAndMark, p } from '../../builders/body';
import { fullStory, settings, story } from '../../builders/article';

function page(article: Article, fields: Partial<Settings> = {}): Document {
  return new JSDOM(createExporter(settings(fields)).document(article)).window.document;
}
const metaContents = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((meta) => meta.getAttribute('content'));
const jsonLd = (document: Document) =>
  JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;

describe('the head of a full article', () => {
  const document = page(fullStory(everyNodeAndMark()), { baseUrl: 'https://news.example/world' });

  it('starts as an HTML5 document in English with charset and viewport', () => {
    const html = createExporter(settings()).document(fullStory(doc(p('x'))));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(metaContents(document, 'meta[name="viewport"]')).toEqual(['width=device-width, initial-scale=1']);
  });

  it('titles the page with the headline and describes it with the deck', () => {
    expect(document.title).toBe('We will only leave when the time is right: Stoltenberg');
    expect(metaContents(document, 'meta[name="description"]')).toEqual([
      'NATO defence ministers end two days of talks without a decision on troops.',
    ]);
  });

  it('gives the canonical address as the base URL plus the slug', () => {
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://news.example/world/nato-allies-meet',
    );
    expect(metaContents(document, 'meta[property="og:url"]')).toEqual(['https://news.example/world/nato-allies-meet']);
  });

  it('names Byline as the generator so the importer knows its own export', () => {
    expect(metaContents(document, 'meta[name="generator"]')).toEqual(['Byline']);
  });

  it('carries Open Graph article data with offsets in the newsroom zone', () => {
    const og = (property: string) => metaContents(document, `meta[property="${property}"]`);
    expect(og('og:type')).toEqual(['article']);
    expect(og('og:title')).toEqual(['We will only leave when the time is right: Stoltenberg']);
    expect(og('og:description')).toEqual([
      'NATO defence ministers end two days of talks without a decision on troops.',
    ]);
    expect(og('og:site_name')).toEqual(['The Kabul Ledger']);
    expect(og('article:published_time')).toEqual(['2021-02-18T21:14:00-05:00']);
    expect(og('article:modified_time')).toEqual(['2021-02-19T10:00:00-05:00']);
    expect(og('article:section')).toEqual(['World']);
    expect(og('article:tag')).toEqual(['NATO', 'Afghanistan']);
    expect(og('article:author')).toEqual(['Amina Rahim', 'Jonas Berg']);
  });

  it('describes the article as a JSON-LD NewsArticle', () => {
    expect(jsonLd(document)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'We will only leave when the time is right: Stoltenberg',
      description: 'NATO defence ministers end two days of talks without a decision on troops.',
      url: 'https://news.example/world/nato-allies-meet',
      mainEntityOfPage: 'https://news.example/world/nato-allies-meet',
      inLanguage: 'en',
      datePublished: '2021-02-18T21:14:00-05:00',
      dateModified: '2021-02-19T10:00:00-05:00',
      author: [
        { '@type': 'Person', name: 'Amina Rahim' },
        { '@type': 'Person', name: 'Jonas Berg' },
      ],
      dateline: 'BRUSSELS',
      articleSection: 'World',
      keywords: ['NATO', 'Afghanistan'],
      // The status bar's count of the same body.
      wordCount: countBodyWords(everyNodeAndMark()),
      publisher: { '@type': 'Organization', name: 'The Kabul Ledger' },
      correction: [
        {
          '@type': 'CorrectionComment',
          text: 'An earlier version gave the wrong date for the talks.',
          datePublished: '2021-02-19T10:00:00-05:00',
        },
      ],
    });
  });

  it('embeds the default stylesheet, or none when the newsroom switched it off', () => {
    expect(document.querySelector('style')!.textContent).toBe(DEFAULT_STYLESHEET);
    expect(page(fullStory(doc(p('x'))), { exportStylesheet: false }).querySelector('style')).toBeNull();
  });
});

describe('the head of a bare draft', () => {
  const document = page(story(doc(p('x')), { headline: '   ' }), { newsroomName: '' });

  it('leaves out what the article does not have', () => {
    for (const selector of [
      'meta[name="description"]',
      'link[rel="canonical"]',
      'meta[property="og:description"]',
      'meta[property="og:site_name"]',
      'meta[property^="article:"]',
    ]) {
      expect(document.querySelector(selector), selector).toBeNull();
    }
    const data = jsonLd(document);
    expect(Object.keys(data).sort()).toEqual(['@context', '@type', 'headline', 'inLanguage', 'wordCount']);
  });

  it('titles a page without a headline by its slug, since a title may not be blank', () => {
    expect(document.title).toBe('nato-allies-meet');
  });

  it('dates a published article without updates as modified when published', () => {
    const data = jsonLd(page(story(doc(p('x')), { publishedAt: '2021-02-18T21:14:00-05:00' })));
    expect([data.datePublished, data.dateModified]).toEqual(['2021-02-18T21:14:00-05:00', '2021-02-18T21:14:00-05:00']);
  });
});

describe('JSON-LD escaping', () => {
  it('escapes < > & U+2028 and U+2029 so the script cannot be ended early, and parses back exactly', () => {
    const headline = '</script><script>window.__pwned=1</script> & \u2028\u2029 <!--';
    const html = createExporter(settings()).document(story(doc(p('x')), { headline }));
    const script = html.slice(
      html.indexOf('<script type="application/ld+json">'),
      html.indexOf('</script>') + '</script>'.length,
    );
    expect(script.slice(script.indexOf('>') + 1, -'</script>'.length)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonLd(new JSDOM(html).window.document).headline).toBe(headline);
  });
});
