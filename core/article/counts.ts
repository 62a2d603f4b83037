// The status bar's figures for a body's plain text: words, characters, reading time, progress.
import { countWords } from '../body/text';

/** A common figure for adult silent reading of non-fiction (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 238;

export interface BodyCounts {
  words: number;
  /**
   * Characters as a reader sees them: Unicode code points, spaces included, line breaks
   * (between blocks and hard breaks) not, so splitting a paragraph does not change the count.
   */
  characters: number;
  /** Whole minutes, rounded up; at least 1 for any text, 0 for none. */
  readingMinutes: number;
  /** Words over the length target (1 = on target, above 1 = over); null without a target. */
  progress: number | null;
}

/** Counts for text as given by bodyPlainText (blocks separated by blank lines). */
export function bodyCounts(text: string, lengthTarget: number | null): BodyCounts {
  const words = countWords(text);
  let characters = 0;
  for (const char of text) if (char !== '\n' && char !== '\r') characters++;
  return {
    words,
    characters,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
    progress: lengthTarget && lengthTarget > 0 ? words / lengthTarget : null,
  };
}
