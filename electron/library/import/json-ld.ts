// The NewsArticle a page describes in JSON-LD, read defensively: pages wrap it in arrays and
// @graph lists, spell its fields as strings, arrays or objects, and sometimes write broken JSON.
import { elementsByTag, valueIs } from './page-elements';

export type JsonObject = Record<string, unknown>;

// Article types from schema.org, news first: a page that holds both a WebPage and a NewsArticle
// is described by the NewsArticle.
const NEWS_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
];
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'LiveBlogPosting', 'Report'];

/** The page's NewsArticle (or, failing that, Article) object, or null. */
export function articleJsonLd(document: Document): JsonObject | null {
  const objects: JsonObject[] = [];
  const scripts = elementsByTag(document, 'script').filter((script) => valueIs(script, 'type', 'application/ld+json'));
  for (const script of scripts) {
    try {
      collect(JSON.parse(script.textContent ?? ''), objects, 0);
    } catch {
      // A page's broken JSON-LD is the page's problem: the rest of the page still imports.
    }
  }
  return (
    objects.find((object) => typesOf(object).some((type) => NEWS_TYPES.includes(type))) ??
    objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.includes(type))) ??
    null
  );
}

function collect(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  if ('@graph' in value) collect(value['@graph'], into, depth + 1);
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text field: a string, or the first string of an array. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(text).find((item) => item !== '') ?? '';
  return '';
}

/** Keywords as a list: an array of strings, or one comma-separated string. */
export function keywords(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? value.split(',')
      : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Authors' names: Person or Organization objects, arrays of them, or plain strings. */
export function authorNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (typeof item === 'string' ? item : isObject(item) ? text(item.name) : ''))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/^https?:\/\//i.test(name));
}
