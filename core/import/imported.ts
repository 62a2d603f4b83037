// What a reader of a foreign file (web page text, HTML, Word, Byline's own export) hands over:
// the article's fields as the file stated them, dates not yet placed in the newsroom's zone.
import type { ArticleUpdate, Byline, Dateline } from '../article/article';
import type { BodyJSON } from '../body/schema';
import type { PageDate } from './page-dates';

export interface ImportedFields {
  kicker: string;
  section: string;
  headline: string;
  deck: string;
  bylines: Byline[];
  dateline: Dateline | null;
  tags: string[];
  published: PageDate | null;
  updated: PageDate | null;
  /** Only Byline's own export carries an updates log. */
  updates: ArticleUpdate[];
  /**
   * True for Byline's own export, whose dates are a Byline record (stamped instants and their
   * log) and go back on the record; any other page's dates wait for the reporter to adopt them.
   */
  datesOnRecord?: boolean;
  /**
   * Who the page itself says spoke its quotations (Byline's own export names each quotation's
   * source): a detected speaker the page names is settled; others wait to be confirmed.
   */
  namedSpeakers?: string[];
  body: BodyJSON;
}

export function noFields(): ImportedFields {
  return {
    kicker: '',
    section: '',
    headline: '',
    deck: '',
    bylines: [],
    dateline: null,
    tags: [],
    published: null,
    updated: null,
    updates: [],
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
}

/** Paragraphs of plain text as a body; an empty list is one empty paragraph, as in a new article. */
export function paragraphsBody(paragraphs: readonly string[]): BodyJSON {
  const blocks = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}
