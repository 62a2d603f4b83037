// A news page copied as plain text: section label, headline, bylines, published and updated
// lines, the dateline and the story's paragraphs, with the page furniture left behind.
import type { Byline } from '../article/article';
import { bareDate, isLabelLeftover, readDateLine, type DateKind } from './date-lines';
import { readDateline } from './dateline';
import { endsStory, isFurniture } from './furniture';
import { noFields, paragraphsBody, type ImportedFields } from './imported';
import type { PageDate } from './page-dates';
import { readByline } from './bylines';

// No-break, figure, narrow and zero-width spaces, as pages use them for layout.
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

/** Longer than any headline a desk would write: such a first line is the story's first paragraph. */
const MAX_TAKEN_HEADLINE = 300;

/** One line as a reader sees it: layout spaces made plain, runs of spaces made one. */
function cleanLine(line: string): string {
  // Every kind of white space at once, in one pass: rules that split on spaces later stay linear
  // even on a line made of thousands of form feeds or no-break spaces.
  return line.replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A sentence of the story rather than a headline or a label: long, or ending like a sentence. A
 * question mark alone does not count, because headlines ask questions.
 */
function readsAsParagraph(line: string): boolean {
  const words = line.split(' ').length;
  return words >= 25 || (words >= 6 && /[.!…"”’)]$/.test(line));
}

/** A section label: a few words with no sentence punctuation ("Latest News", "World"). */
function isSectionLabel(line: string): boolean {
  return line.length <= 40 && line.split(' ').length <= 4 && !/[.!?:"“”]$/.test(line);
}

class PageReading {
  readonly titles: string[] = [];
  readonly paragraphs: string[] = [];
  readonly bylines: Byline[] = [];
  readonly tags: string[] = [];
  readonly dates: Record<DateKind, PageDate | null> = { published: null, updated: null };
  /** A date label whose date may follow on the next line ("Published" / "on" / the date). */
  private waitingFor: DateKind | null = null;

  read(line: string): 'more' | 'done' {
    const inStory = this.paragraphs.length > 0;
    if (inStory && endsStory(line)) return 'done';
    if (this.readDates(line)) return 'more';
    const tags = /^tags?\s*:\s*(.+)$/i.exec(line);
    if (tags) {
      for (const tag of tags[1]!.split(/\s*[,|]\s*/)) if (tag !== '') this.tags.push(tag);
      return 'more';
    }
    const bylines = inStory ? null : readByline(line);
    // One by one: a line can list more names than a call takes arguments.
    if (bylines) for (const byline of bylines) this.bylines.push(byline);
    else if (isFurniture(line)) return 'more';
    else if (!inStory && !readsAsParagraph(line) && !readDateline(line)) this.titles.push(line);
    else this.paragraphs.push(line);
    return 'more';
  }

  private readDates(line: string): boolean {
    const waiting = this.waitingFor;
    this.waitingFor = null;
    const mentions = readDateLine(line);
    if (mentions) {
      for (const { kind, date } of mentions) {
        if (date) this.dates[kind] ??= date;
        else this.waitingFor = kind;
      }
      return true;
    }
    if (waiting && isLabelLeftover(line)) {
      this.waitingFor = waiting;
      return true;
    }
    const date = this.paragraphs.length === 0 || waiting ? bareDate(line) : null;
    if (!date) return false;
    // A date alone under the headline is when the page was published.
    this.dates[waiting ?? 'published'] ??= date;
    return true;
  }
}

export function readPageText(text: string): ImportedFields {
  const reading = new PageReading();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = cleanLine(raw);
    if (line !== '' && reading.read(line) === 'done') break;
  }
  const { titles } = reading;
  let { paragraphs } = reading;
  const fields = noFields();
  // Without a title line the first paragraph is the headline only if it is short enough to be one;
  // otherwise the story keeps it and the headline is left for the reporter to write.
  if (titles.length === 0)
    fields.headline = (paragraphs[0]?.length ?? Infinity) <= MAX_TAKEN_HEADLINE ? paragraphs.shift()! : '';
  else {
    if (titles.length > 1 && isSectionLabel(titles[0]!)) fields.section = titles.shift()!;
    fields.headline = titles.shift()!;
    fields.deck = titles.shift() ?? '';
    // Anything else above the story is kept as its opening lines rather than dropped unseen.
    paragraphs = titles.concat(paragraphs);
  }
  const opening = paragraphs[0] === undefined ? null : readDateline(paragraphs[0]);
  if (opening) {
    fields.dateline = opening.dateline;
    paragraphs[0] = opening.rest;
  }
  fields.bylines = reading.bylines;
  fields.tags = [...new Set(reading.tags)];
  fields.published = reading.dates.published;
  fields.updated = reading.dates.updated;
  fields.body = paragraphsBody(paragraphs);
  return fields;
}
