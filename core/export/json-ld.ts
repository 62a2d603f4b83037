// The schema.org NewsArticle that search engines and aggregators read from an exported page.
import type { Article } from '../article/article';
import type { DateLines } from '../dates/date-lines';

export interface PageFacts {
  /** The article's public address, or null when the newsroom has not set a base URL. */
  canonical: string | null;
  /** The exported language (BCP 47). */
  language: string;
  newsroomName: string;
  wordCount: number;
}

type JsonLdFields = Pick<Article, 'headline' | 'deck' | 'bylines' | 'dateline' | 'section' | 'tags'>;

/** The date the page was last changed for readers: the last update, else publication. */
export function modifiedAt(lines: DateLines): string | null {
  return lines.lastUpdated?.datetime ?? lines.published?.datetime ?? null;
}

export function newsArticleJsonLd(article: JsonLdFields, lines: DateLines, facts: PageFacts): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
  };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) data[key] = value;
  };
  set('description', article.deck);
  set('url', facts.canonical);
  set('mainEntityOfPage', facts.canonical);
  set('inLanguage', facts.language);
  set('datePublished', lines.published?.datetime ?? null);
  set('dateModified', modifiedAt(lines));
  set(
    'author',
    article.bylines.filter(({ name }) => name !== '').map(({ name }) => ({ '@type': 'Person', name })),
  );
  set('dateline', article.dateline?.place ?? '');
  set('articleSection', article.section);
  set('keywords', article.tags);
  data.wordCount = facts.wordCount;
  if (facts.newsroomName !== '') data.publisher = { '@type': 'Organization', name: facts.newsroomName };
  set(
    'correction',
    lines.updates
      .filter((line) => line.kind === 'correction')
      .map((line) => ({ '@type': 'CorrectionComment', text: line.note, datePublished: line.datetime })),
  );
  return data;
}
