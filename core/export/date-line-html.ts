// One printed date line ("Published Feb. 18, 2021, 9:14 p.m. EST") as HTML, with its date in a
// <time datetime> so machines read the instant and readers the newsroom's style.
import type { DateLine } from '../dates/date-lines';
import { formatDate } from '../dates/display';
import type { Settings } from '../settings/settings';
import { escapeAttribute, escapeText } from './escape';

export type DateStyleSettings = Pick<Settings, 'dateStyle' | 'timeZone'>;

/**
 * The line's text with the date inside <time>. The date is found as the date lines print it;
 * a house template without {date} gets the whole line in <time>, so the instant is never lost.
 */
export function dateLineHtml(line: DateLine, at: string, settings: DateStyleSettings): string {
  const time = (text: string) => `<time datetime="${escapeAttribute(line.datetime)}">${escapeText(text)}</time>`;
  const date = formatDate(at, settings.dateStyle, settings.timeZone);
  const start = line.text.indexOf(date);
  if (start < 0) return time(line.text);
  return escapeText(line.text.slice(0, start)) + time(date) + escapeText(line.text.slice(start + date.length));
}
