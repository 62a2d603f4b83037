// The updates log as readers see it under the story: every update, correction and
// clarification, oldest first, each in the newsroom's wording. Who stamped it stays inside.
import type { DateLines } from '../dates/date-lines';
import { UPDATES_LOG_ID } from './correction-notice';
import { dateLineHtml } from './date-line-html';
import type { Rendered } from './header';

export function updatesNotice(lines: DateLines): Rendered | null {
  if (lines.updates.length === 0) return null;
  // The kind is one of three fixed words, so it is a safe class name as it is.
  const html = lines.updates.map((line) => `<p class="${line.kind}">${dateLineHtml(line)}</p>`);
  return {
    // The correction notice under the date lines links here.
    html: `<footer class="updates" id="${UPDATES_LOG_ID}">\n${html.join('\n')}\n</footer>`,
    text: lines.updates.map((line) => line.text).join('\n\n'),
  };
}
