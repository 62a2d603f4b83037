// A saved news page's own account of itself, in the order we trust it: JSON-LD NewsArticle, then
// Open Graph and article: meta tags, then the first <time datetime> elements.
import type { Byline, Dateline } from '../../../core/article/article';
import { readByline } from '../../../core/import/bylines';
import { bareDate } from '../../../core/import/date-lines';
import { readIsoDate, type PageDate } from '../../../core/import/page-dates';
import { articleJsonLd, authorNames, keywords, text } from './json-ld';
import { elementsByTag, valueIs } from './page-elements';

export interface PageMetadata {
  headline: string;
  section: string;
  tags: string[];
  bylines: Byline[];
  dateline: Dateline | null;
  published: PageDate | null;
  updated: PageDate | null;
  /** The page's own address, against which relative links are made absolute. */
  url: string | null;
}

/** The contents of the page's <meta> tags with this property or name, in page order. */
function meta(document: Document, key: string): string[] {
  return elementsByTag(document, 'meta')
    .filter((element) => element.getAttribute('property') === key || element.getAttribute('name') === key)
    .map((element) => (element.getAttribute('content') ?? '').trim())
    .filter((content) => content !== '');
}

/** An ISO date, or failing that a date as people write it ("February 18, 2021"). */
function dateFrom(value: string): PageDate | null {
  return value === '' ? null : (readIsoDate(value) ?? bareDate(value));
}

function timeElement(document: Document, kind: 'published' | 'updated'): PageDate | null {
  const times = elementsByTag(document, 'time').filter((time) => time.hasAttribute('datetime'));
  const said = (element: Element) =>
    `${element.getAttribute('itemprop') ?? ''} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  const updated = (element: Element) => /modif|updat/.test(said(element));
  // A <time> that does not say what it marks is taken for the publication time.
  const chosen =
    times.find((element) => (kind === 'updated' ? updated(element) : /publish/.test(said(element)))) ??
    (kind === 'published' ? times.find((element) => !updated(element)) : undefined);
  return chosen ? dateFrom(chosen.getAttribute('datetime') ?? '') : null;
}

/**
 * An Open Graph title without the site's name tacked on ("Floods hit Kabul | Kabul Daily"): the
 * tail goes when it is the og:site_name or the same tail the page's <title> carries.
 */
function withoutSiteName(title: string, document: Document): string {
  const split = /^(.+?)\s+[|–—-]\s+([^|–—]+)$/.exec(title);
  if (!split) return title;
  const tail = split[2]!.trim();
  const siteNames = [...meta(document, 'og:site_name'), ...meta(document, 'application-name')];
  const pageTitle = document.title.trim();
  return siteNames.includes(tail) || (pageTitle !== title && pageTitle.endsWith(tail)) ? split[1]!.trim() : title;
}

function pageUrl(document: Document): string | null {
  const candidates = [
    elementsByTag(document, 'link')
      .find((link) => valueIs(link, 'rel', 'canonical'))
      ?.getAttribute('href') ?? '',
    ...meta(document, 'og:url'),
  ];
  return candidates.find((url) => /^https?:\/\//i.test(url)) ?? null;
}

export function readPageMetadata(document: Document): PageMetadata {
  const ld = articleJsonLd(document) ?? {};
  const first = (...values: string[]) => values.find((value) => value !== '') ?? '';
  const authors = authorNames(ld.author);
  const metaAuthors = meta(document, 'author').flatMap(
    (name) => readByline(/^by\s/i.test(name) ? name : `By ${name}`) ?? [],
  );
  const place = text(ld.dateline);
  const ldTags = keywords(ld.keywords);
  return {
    headline: first(text(ld.headline), ...meta(document, 'og:title').map((title) => withoutSiteName(title, document))),
    section: first(text(ld.articleSection), ...meta(document, 'article:section')),
    tags: ldTags.length > 0 ? ldTags : meta(document, 'article:tag'),
    bylines: authors.length > 0 ? authors.map((name) => ({ name, role: null })) : metaAuthors,
    dateline: place === '' ? null : { place, timeZone: null },
    published:
      dateFrom(text(ld.datePublished)) ??
      dateFrom(first(...meta(document, 'article:published_time'))) ??
      timeElement(document, 'published'),
    updated:
      dateFrom(text(ld.dateModified)) ??
      dateFrom(first(...meta(document, 'article:modified_time'))) ??
      timeElement(document, 'updated'),
    url: pageUrl(document),
  };
}
