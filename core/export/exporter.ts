// Export of articles for readers: a standalone HTML5 page, an HTML fragment for pasting into a
// CMS, and an IPTC ninjs item. Everything that costs to build (the schema's renderings, the
// stylesheet, the address of each slug) is built once per batch in createExporter.
//
// Never exported, in any format: the internal note, source contact notes and every source field
// but name and role, the publish-stamp record (override reasons included), review material.
// Each format reads the article as it stands (core/review/as-it-stands.ts): a suggested insertion
// is not yet the text, a suggested deletion still is, and no comment goes anywhere.
import type { Article } from '../article/article';
import { bodySchema } from '../body/schema';
import { articleAsItStands } from '../review/as-it-stands';
import { bodyPlainText, countBodyWords } from '../body/text';
import { dateLines, type DateLines } from '../dates/date-lines';
import type { Settings } from '../settings/settings';
import { BodyHtml } from './body-html';
import { canonicalAddresses } from './canonical';
import { documentHead } from './head';
import { articleHeader } from './header';
import type { PageFacts } from './json-ld';
import { ninjsItem } from './ninjs';
import { DEFAULT_STYLESHEET } from './stylesheet';
import { updatesNotice } from './updates-notice';

export interface Fragment {
  html: string;
  /** The same content as plain text, for the clipboard's text flavour. */
  text: string;
}

export interface Exporter {
  /** A standalone HTML5 page that passes the W3C validator. */
  document(article: Article): string;
  /** The body and the updates notice, with the header in front when asked: "Copy as HTML". */
  fragment(article: Article, options: { header: boolean }): Fragment;
  /** An IPTC ninjs 2.0 news item. */
  ninjs(article: Article): Record<string, unknown>;
}

/** Settings have no language yet; the date styles and labels Byline ships are English. */
export const EXPORT_LANGUAGE = 'en';

export function createExporter(settings: Settings): Exporter {
  const body = new BodyHtml(bodySchema());
  const stylesheet = settings.exportStylesheet ? DEFAULT_STYLESHEET : '';
  const canonical = canonicalAddresses(settings.baseUrl);

  const facts = (article: Article): PageFacts => ({
    canonical: canonical(article.slug),
    language: EXPORT_LANGUAGE,
    newsroomName: settings.newsroomName,
    wordCount: countBodyWords(article.body),
  });

  const bodyHtml = (article: Article) =>
    body.render(article.body, {
      // Only the name: a quotation never carries another field of its source.
      quoteSources: settings.exportQuoteSources
        ? new Map(article.sources.map((source) => [source.id, source.name]))
        : null,
    });

  /** The body with the updates notice after it; the plain text only when asked for. */
  function story(article: Article, lines: DateLines, withText: true): Fragment;
  function story(article: Article, lines: DateLines, withText: false): Pick<Fragment, 'html'>;
  function story(article: Article, lines: DateLines, withText: boolean): Fragment | Pick<Fragment, 'html'> {
    const notice = updatesNotice(lines);
    const html = notice === null ? bodyHtml(article) : `${bodyHtml(article)}\n${notice.html}`;
    if (!withText) return { html };
    const text = bodyPlainText(article.body);
    return { html, text: notice === null ? text : `${text}\n\n${notice.text}` };
  }

  return {
    document(withReview) {
      const article = articleAsItStands(withReview);
      const lines = dateLines(article, settings);
      const header = articleHeader(article, lines);
      return [
        '<!DOCTYPE html>',
        `<html lang="${EXPORT_LANGUAGE}">`,
        documentHead(article, lines, facts(article), stylesheet),
        '<body>',
        '<article>',
        header.html,
        story(article, lines, false).html,
        '</article>',
        '</body>',
        '</html>',
        '',
      ].join('\n');
    },

    fragment(withReview, { header }) {
      const article = articleAsItStands(withReview);
      const lines = dateLines(article, settings);
      const content = story(article, lines, true);
      if (!header) return content;
      const top = articleHeader(article, lines);
      return { html: `${top.html}\n${content.html}`, text: `${top.text}\n\n${content.text}` };
    },

    ninjs(withReview) {
      const article = articleAsItStands(withReview);
      const lines = dateLines(article, settings);
      const page = facts(article);
      return ninjsItem(
        article,
        { html: story(article, lines, false).html, wordCount: page.wordCount },
        page,
        settings.timeZone,
      );
    },
  };
}
