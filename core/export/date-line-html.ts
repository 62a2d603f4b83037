// One printed date line ("Published Feb. 18, 2021, 9:14 p.m. EST") as HTML, with its date in a
// <time datetime> so machines read the instant (or the day alone) and readers the newsroom's style.
import type { DateLine } from '../dates/date-lines';
import { escapeAttribute, escapeText } from './escape';

/**
 * The line's text with the date inside <time>. The date is found as the date lines print it;
 * a house template without {date} gets the whole line in <time>, so the instant is never lost.
 */
export function dateLineHtml(line: DateLine): string {
  const time = (text: string) => `<time datetime="${escapeAttribute(line.datetime)}">${escapeText(text)}</time>`;
  const { date } = line;
  const start = line.text.indexOf(date);
  if (start < 0) return time(line.text);
  return escapeText(line.text.slice(0, start)) + time(date) + escapeText(line.text.slice(start + date.length));
}
