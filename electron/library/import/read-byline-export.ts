// Byline's own exported page (core/export), read back into the article it came from: the header
// parts by their class names, section, tags and exact headline from the JSON-LD, the instants
// from <time datetime>, the updates log from its footer, and the body through the schema's own
// parse rules, as it was rendered.
import { randomUUID } from 'node:crypto';
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import type { ArticleUpdate, UpdateKind } from '../../../core/article/article';
import { UPDATE_KINDS } from '../../../core/article/article';
import { bodySchema, emptyBody, type BodyJSON } from '../../../core/body/schema';
import { noFields, type ImportedFields } from '../../../core/import/imported';
import { readIsoDate, type PageDate } from '../../../core/import/page-dates';
import { cleanContent } from './clean-html';
import { articleJsonLd, isObject, keywords, text } from './json-ld';
import { elementsByTag } from './page-elements';

/** Byline marks its export with `<meta name="generator" content="Byline">`. */
export function isBylineExport(document: Document): boolean {
  return elementsByTag(document, 'meta').some(
    (meta) => meta.getAttribute('name') === 'generator' && meta.getAttribute('content') === 'Byline',
  );
}

let parser: SchemaParser | null = null;

export function readBylineExport(document: Document): ImportedFields {
  const ld = articleJsonLd(document) ?? {};
  const article = document.querySelector('body > article');
  const header = article?.querySelector(':scope > header') ?? null;
  const part = (selector: string) => header?.querySelector(`:scope > ${selector}`)?.textContent ?? '';
  const metaTags = [...document.querySelectorAll('meta[property="article:tag"]')].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
  const place = part('p.dateline');
  return {
    ...noFields(),
    kicker: part('p.kicker'),
    // The JSON-LD holds the headline exactly; the <h1> is the fallback for a page without it.
    headline: typeof ld.headline === 'string' ? ld.headline : part('h1'),
    deck: part('p.deck'),
    section:
      text(ld.articleSection) ||
      (document.querySelector('meta[property="article:section"]')?.getAttribute('content') ?? ''),
    tags: Array.isArray(ld.keywords) ? keywords(ld.keywords) : metaTags,
    bylines: [...(header?.querySelectorAll(':scope > p.byline') ?? [])].map((line) => ({
      name: line.querySelector('.byline-name')?.textContent ?? '',
      role: line.querySelector('.byline-role')?.textContent ?? null,
    })),
    // The dateline's own zone is not exported; it reads back as the newsroom's.
    dateline: place === '' ? null : { place, timeZone: null },
    published: timeIn(header?.querySelector(':scope > p.published') ?? null),
    updated: timeIn(header?.querySelector(':scope > p.last-updated') ?? null),
    updates: updatesIn(article, corrections(ld.correction)),
    datesOnRecord: true,
    namedSpeakers: [...(article?.querySelectorAll('span.quote[data-source]') ?? [])].map(
      (quote) => quote.getAttribute('data-source') ?? '',
    ),
    body: article ? bodyOf(article) : emptyBody(),
  };
}

function timeIn(line: Element | null): PageDate | null {
  const datetime = line?.querySelector('time[datetime]')?.getAttribute('datetime');
  return datetime ? readIsoDate(datetime) : null;
}

/** The correction notes exactly as the JSON-LD holds them, in the log's order. */
function corrections(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [];
  return items.filter(isObject).map((item) => (typeof item.text === 'string' ? item.text : ''));
}

/**
 * The updates log from the footer. Who stamped an entry and its id are not exported: they come
 * back empty and new. A correction's note is the JSON-LD's exact text; other notes are what the
 * line says after its date, as the house templates put them ("Updated {date}: {note}").
 */
function updatesIn(article: Element | null, correctionNotes: string[]): ArticleUpdate[] {
  const lines = [...(article?.querySelectorAll(':scope > footer.updates > p') ?? [])];
  let correction = 0;
  const updates: ArticleUpdate[] = [];
  for (const line of lines) {
    const kind = UPDATE_KINDS.find((candidate) => line.classList.contains(candidate)) as UpdateKind | undefined;
    const time = line.querySelector('time[datetime]');
    const at = time ? readIsoDate(time.getAttribute('datetime') ?? '') : null;
    if (!kind || !time || at?.kind !== 'instant') continue;
    const after = textAfter(line, time).replace(/^[\s:;,|·–—-]+/, '');
    const note = kind === 'correction' ? (correctionNotes[correction++] ?? after) : after;
    updates.push({ id: randomUUID(), kind, at: at.instant, note, by: '' });
  }
  return updates;
}

function textAfter(line: Element, time: Element): string {
  let after = '';
  for (let node = time.nextSibling; node; node = node.nextSibling) after += node.textContent ?? '';
  return after;
}

/**
 * The body as rendered between the header and the updates footer, cleaned like any page (a page
 * that only says Byline made it keeps no class, target or rel), but keeping what the export
 * writes. Whitespace is kept as written (the export adds none inside the body), so a double space
 * or a tab reads back as typed.
 */
function bodyOf(article: Element): BodyJSON {
  const document = article.ownerDocument;
  const rendered = document.createElement('div');
  for (const child of [...article.children]) {
    if (child.localName === 'header' || (child.localName === 'footer' && child.classList.contains('updates'))) continue;
    rendered.append(child);
  }
  const container = cleanContent(rendered, document, {
    headline: '',
    baseUrl: null,
    headingLevel: (level) => level,
    ownExport: true,
  });
  parser ??= SchemaParser.fromSchema(bodySchema());
  const doc = parser.parse(container, { preserveWhitespace: 'full' }).toJSON() as BodyJSON;
  return (doc.content ?? []).length > 0 ? doc : emptyBody();
}
