// The <head> of an exported article: title, description, canonical address, Open Graph and the
// JSON-LD NewsArticle, each value escaped for where it stands.
import type { Article } from '../article/article';
import type { DateLines } from '../dates/date-lines';
import { escapeAttribute, escapeText, scriptJson } from './escape';
import { modifiedAt, newsArticleJsonLd, type PageFacts } from './json-ld';

type HeadFields = Pick<Article, 'slug' | 'headline' | 'deck' | 'bylines' | 'dateline' | 'section' | 'tags'>;

const meta = (key: 'name' | 'property', name: string, content: string) =>
  `<meta ${key}="${name}" content="${escapeAttribute(content)}">`;

/** `stylesheet` is the CSS to embed, or '' for none. */
export function documentHead(article: HeadFields, lines: DateLines, facts: PageFacts, stylesheet: string): string {
  // A page title must not be blank: an article without a headline yet is titled by its slug.
  const title = article.headline.trim() === '' ? article.slug : article.headline;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    // Byline's importer knows its own export by this and reads the header back from its classes.
    '<meta name="generator" content="Byline">',
  ];
  const property = (name: string, content: string | null | undefined) => {
    if (content) head.push(meta('property', name, content));
  };
  if (article.deck !== '') head.push(meta('name', 'description', article.deck));
  if (facts.canonical !== null) head.push(`<link rel="canonical" href="${escapeAttribute(facts.canonical)}">`);
  property('og:type', 'article');
  property('og:title', article.headline);
  property('og:description', article.deck);
  property('og:url', facts.canonical);
  property('og:site_name', facts.newsroomName);
  property('article:published_time', lines.published?.datetime);
  property('article:modified_time', modifiedAt(lines));
  property('article:section', article.section);
  for (const tag of article.tags) property('article:tag', tag);
  for (const { name } of article.bylines) property('article:author', name);
  head.push(`<script type="application/ld+json">${scriptJson(newsArticleJsonLd(article, lines, facts))}</script>`);
  if (stylesheet !== '') head.push(`<style>${stylesheet}</style>`);
  return `<head>\n${head.join('\n')}\n</head>`;
}
