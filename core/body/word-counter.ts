// Counting words in one pass, fed text in pieces, so a word split by a mark (bold mid-word)
// still counts once and no text has to be built first. A word is a run of letters or digits,
// joined by ' ’ - . , or / inside it: "don't", "well-known", "10,000" and "9/11" count once.
// In scripts written without spaces (Chinese, Japanese, Thai…) a run of letters is many words:
// such runs are gathered and counted by Intl.Segmenter (unspaced-words.ts), so
// "東京都は本日、新しい予算案を発表した。" is 10 words, not 2.
import { isUnspaced, segmentWords } from './unspaced-words';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RIGHT_QUOTE = 0x2019;
const OUTSIDE = 0;
const IN_WORD = 1;
const AFTER_JOINER = 2;
/** A character of an unspaced script: it goes to the run being gathered. */
const UNSPACED = 3;

// One byte per ASCII code: 1 for a letter or digit, 2 for a joiner, 0 for anything else.
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9]/.test(char)) ASCII_CLASS[code] = 1;
  else if ("'-.,/".includes(char)) ASCII_CLASS[code] = 2;
}

export class WordCounter {
  private counted = 0;
  private state = OUTSIDE;
  /** The run of unspaced-script text gathered from earlier pieces, segmented once it ends. */
  private run = '';

  /** The words fed so far. */
  get words(): number {
    this.counted += this.takeRun();
    return this.counted;
  }

  feed(text: string): void {
    let { state, counted } = this;
    const length = text.length;
    // Where this piece's part of an unspaced run starts (-1: none), and whether a run is open at all.
    let runStart = -1;
    let inRun = this.run !== '';
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      let kind: number;
      let width = 1;
      if (code < 128 && !inRun) {
        // Plain ASCII outside a run, nearly every character of most copy: the one lookup.
        kind = ASCII_CLASS[code] as number;
      } else {
        if (code < 128) kind = ASCII_CLASS[code] as number;
        else if (code === RIGHT_QUOTE) kind = 2;
        else {
          const char = String.fromCodePoint(text.codePointAt(i) as number);
          width = char.length;
          kind = isUnspaced(char) ? UNSPACED : LETTER_OR_DIGIT.test(char) ? 1 : 0;
        }
        if (kind === UNSPACED) {
          if (runStart < 0) runStart = i;
          inRun = true;
          i += width;
          continue;
        }
        if (inRun) {
          if (runStart >= 0) this.run += text.slice(runStart, i);
          counted += this.takeRun();
          runStart = -1;
          inRun = false;
          state = OUTSIDE;
        }
      }
      if (kind === 1) {
        if (state === OUTSIDE) counted++;
        state = IN_WORD;
      } else {
        state = kind === 2 && state === IN_WORD ? AFTER_JOINER : OUTSIDE;
      }
      i += width;
    }
    // A run reaching the end of the piece may go on in the next (a mark mid-word).
    if (runStart >= 0) this.run += text.slice(runStart);
    this.state = state;
    this.counted = counted;
  }

  /** A block boundary or line break: no word continues across it. */
  stop(): void {
    this.counted += this.takeRun();
    this.state = OUTSIDE;
  }

  /** The words of the run gathered so far, which ends here. */
  private takeRun(): number {
    if (this.run === '') return 0;
    const words = segmentWords(this.run).length;
    this.run = '';
    return words;
  }
}
