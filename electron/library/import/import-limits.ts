// Every limit an import works within, named once. Each is far past any real story and well short
// of what would stall or exhaust the import worker; a file over one is refused with a sentence that
// names the limit, before the expensive step it protects.

const MB = 1024 * 1024;

// The largest file imported, MAX_IMPORT_BYTES, is in core/import/import-size.ts: the window
// checks a dropped file against it too.
export { megabytes } from '../../../core/import/import-size';

/** Paragraphs in a text file: a 100,000-word article has about 3,000; 60,000 import in a few seconds. */
export const MAX_TEXT_PARAGRAPHS = 60_000;

/**
 * Elements a web page may have, and paragraphs a Word file (and elements once converted): jsdom's
 * page model costs about 1.5 KB and a quarter of a millisecond for each, twice over while it is
 * cleaned, so 20,000 take some seconds on a busy machine. A news page has 2,000 to 6,000.
 */
export const MAX_PAGE_ELEMENTS = 20_000;

/** How deep elements may nest in a page or a Word file; news pages nest a few dozen deep. */
export const MAX_NESTING = 200;

/** The XML a Word file unpacks into for its text, styles and lists (pictures not counted): a long report is a few MB. */
export const MAX_WORD_XML_BYTES = 16 * MB;

/** Parts in a Word file's archive: Word writes tens, a file with many pictures a few hundred. */
export const MAX_WORD_PARTS = 5_000;

/**
 * Readability's cost on the page model grows with the square of an element's number of children
 * (2,000 line breaks in one element took 4 s, 4,000 took 24 s). A page whose sum of those squares
 * is over this is read without it: its <article>, <main> or body is the story.
 */
export const MAX_READABILITY_WORK = 4_000_000;

/** The import worker's heap: beyond it the worker is stopped and the file refused. */
export const IMPORT_HEAP_MB = 320;

/** The import worker's time: beyond it the worker is stopped and the file refused. */
export const IMPORT_DEADLINE_MS = 20_000;

/** "60,000": counts as a reporter reads them. */
export const counted = (count: number) => count.toLocaleString('en-US');
