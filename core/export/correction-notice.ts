// A correction where readers meet the story: under the date lines, as newspapers print it, in
// the house wording of the log entry ("Correction, Feb. 19, 2021: …"), with a link down to the
// full log of corrections and updates at the foot of the page. Only the latest correction is
// repeated up here; the log keeps every one.
import type { DateLines } from '../dates/date-lines';
import { dateLineHtml } from './date-line-html';
import type { Rendered } from './header';

/** The id of the updates log at the foot of the page, which the notice links to. */
export const UPDATES_LOG_ID = 'updates';

export function correctionNotice(lines: DateLines): Rendered | null {
  const corrections = lines.updates.filter((line) => line.kind === 'correction');
  const latest = corrections.at(-1);
  if (latest === undefined) return null;
  const more = corrections.length === 1 ? 'See the corrections log' : `See all ${corrections.length} corrections`;
  return {
    html: `<p class="correction-notice">${dateLineHtml(latest)} <a href="#${UPDATES_LOG_ID}">${more}</a></p>`,
    text: latest.text,
  };
}
