// The on-disk identity of an article file: its marker, its format version and its extension.

/** Every article file says what it is, so a stray JSON file is never taken for an article. */
export const ARTICLE_FORMAT = 'byline.article';

/**
 * The major format version this build writes. Additions that older builds can safely carry
 * along (new optional fields) do not change it; a file with a higher number opens read-only.
 */
export const ARTICLE_VERSION = 1;

/** Article files are JSON named from their slug: `nato-allies-meet.byline.json`. */
export const ARTICLE_EXTENSION = '.byline.json';

/** Larger files are refused before parsing: a 100,000-word live blog is about 2 MB. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export function isArticleFileName(name: string): boolean {
  return name.endsWith(ARTICLE_EXTENSION) && name.length > ARTICLE_EXTENSION.length && !name.startsWith('.');
}
