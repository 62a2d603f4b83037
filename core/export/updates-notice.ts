// The updates log as readers see it under the story: every update, correction and
// clarification, oldest first, each in the newsroom's wording. Who stamped it stays inside.
import type { Article } from '../article/article';
import type { DateLines } from '../dates/date-lines';
import { dateLineHtml, type DateStyleSettings } from './date-line-html';
import type { Rendered } from './header';

export function updatesNotice(
  article: Pick<Article, 'updates'>,
  lines: DateLines,
  settings: DateStyleSettings,
): Rendered | null {
  if (lines.updates.length === 0) return null;
  // The date lines follow the log entry for entry (ids are not promised to be unique).
  const html = lines.updates.map(
    // The kind is one of three fixed words, so it is a safe class name as it is.
    (line, index) => `<p class="${line.kind}">${dateLineHtml(line, article.updates[index]!.at, settings)}</p>`,
  );
  return {
    html: `<footer class="updates">\n${html.join('\n')}\n</footer>`,
    text: lines.updates.map((line) => line.text).join('\n\n'),
  };
}
