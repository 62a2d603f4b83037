// The lines of a copied page that say when it was published or updated: "Published on February 17,
// 2021 9:14 pm", "(Last Updated On: February 18, 2021)", "Updated: 18 Feb 2021 10:02 GMT".
import { findPageDate, type PageDate } from './page-dates';

export type DateKind = 'published' | 'updated';

/** One stamp a line mentions; `date` is null when the label survived the copy but its date did not. */
export interface DateMention {
  kind: DateKind;
  date: PageDate | null;
}

const LABEL =
  /^\(?\s*(first published|published|posted|last updated|updated|last modified|modified)(?:\s+(?:on|at))?\s*:?\s*(.*?)\s*\)?$/i;
// "Published 17 Feb 2021 · Updated 18 Feb 2021" puts both on one line.
const SEGMENTS = /\s+[|·•]\s+/;

/**
 * The stamps a line states, or null when the line is not a date line. A label with no date
 * ("Published", "Published on") is a mention with a null date: it is page furniture, and the
 * date it lost is never guessed.
 */
export function readDateLine(line: string): DateMention[] | null {
  const mentions: DateMention[] = [];
  for (const segment of line.split(SEGMENTS)) {
    const labelled = LABEL.exec(segment.trim());
    if (!labelled) return null;
    const kind: DateKind = /publish|posted/i.test(labelled[1]!) ? 'published' : 'updated';
    const text = labelled[2]!;
    if (text === '') {
      mentions.push({ kind, date: null });
      continue;
    }
    const found = findPageDate(text);
    // "Updated with casualty figures" is a sentence, not a stamp.
    if (!found || found.rest !== '') return null;
    mentions.push({ kind, date: found.date });
  }
  return mentions;
}

/** A line that is only a date ("Wednesday, February 17, 2021"), as pages print under a headline. */
export function bareDate(line: string): PageDate | null {
  const found = findPageDate(line);
  return found && found.rest === '' ? found.date : null;
}

/** "on" left alone on its line when a copy split "Published on" over two lines. */
export function isLabelLeftover(line: string): boolean {
  return /^(?:on|at):?$/i.test(line);
}
