// The article's header as readers see it: kicker, headline, deck, bylines, dateline, the
// published and last-updated lines, and the latest correction under them. Each part carries a stable class so Byline's importer can
// read its own export back.
import type { Article } from '../article/article';
import type { DateLines } from '../dates/date-lines';
import { correctionNotice } from './correction-notice';
import { dateLineHtml } from './date-line-html';
import { escapeText } from './escape';

export interface Rendered {
  html: string;
  /** The same content as plain text: blocks separated by blank lines, as the body's text is. */
  text: string;
}

type HeaderFields = Pick<
  Article,
  'kicker' | 'headline' | 'deck' | 'bylines' | 'dateline' | 'publishedAt' | 'updatedAt'
>;

export function articleHeader(article: HeaderFields, lines: DateLines): Rendered {
  const html: string[] = [];
  const text: string[] = [];
  const paragraph = (className: string, value: string) => {
    if (value === '') return;
    html.push(`<p class="${className}">${escapeText(value)}</p>`);
    text.push(value);
  };

  paragraph('kicker', article.kicker);
  // The headline is always there, even empty, so the page keeps its one <h1>.
  html.push(`<h1>${escapeText(article.headline)}</h1>`);
  text.push(article.headline);
  paragraph('deck', article.deck);
  for (const { name, role } of article.bylines) {
    if (name === '' && !role) continue;
    const roleHtml = role ? `, <span class="byline-role">${escapeText(role)}</span>` : '';
    html.push(`<p class="byline"><span class="byline-name">${escapeText(name)}</span>${roleHtml}</p>`);
    text.push(role ? `${name}, ${role}` : name);
  }
  paragraph('dateline', article.dateline?.place ?? '');
  if (lines.published && article.publishedAt !== null) {
    html.push(`<p class="published">${dateLineHtml(lines.published)}</p>`);
    text.push(lines.published.text);
  }
  if (lines.lastUpdated && article.updatedAt !== null) {
    html.push(`<p class="last-updated">${dateLineHtml(lines.lastUpdated)}</p>`);
    text.push(lines.lastUpdated.text);
  }
  const correction = correctionNotice(lines);
  if (correction) {
    html.push(correction.html);
    text.push(correction.text);
  }
  return { html: `<header>\n${html.join('\n')}\n</header>`, text: text.join('\n\n') };
}
