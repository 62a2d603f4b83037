// What search reads of an article, field by field: each field is weighted on its own
// (build-index.ts), so a word in the headline counts for more than the same word in the body.
import type { Article } from '../../../core/article/article';
import { bodyPlainText } from '../../../core/body/text';
import { bodyAsItStands } from '../../../core/review/as-it-stands';

export interface SearchFields {
  headline: string;
  /**
   * The short fields that say what the article is and who made it: kicker, section, deck, the
   * bylines' names, tags and the names of the sources quoted. One line each, so no word runs
   * from one into the next.
   */
  details: string;
  /** The body's plain text. */
  text: string;
}

export function searchFields(article: Article): SearchFields {
  const details = [
    article.kicker,
    article.section,
    article.deck,
    ...article.bylines.map((byline) => byline.name),
    ...article.tags,
    ...article.sources.map((source) => source.name),
  ];
  return { headline: article.headline, details: details.join('\n'), text: bodyPlainText(bodyAsItStands(article.body)) };
}
