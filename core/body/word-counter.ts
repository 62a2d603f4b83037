// Counting words in one pass, fed text in pieces, so a word split by a mark (bold mid-word)
// still counts once and no text has to be built first. A word is a run of letters or digits,
// joined by ' ’ - . , or / inside it: "don't", "well-known", "10,000" and "9/11" count once.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RIGHT_QUOTE = 0x2019;
const OUTSIDE = 0;
const IN_WORD = 1;
const AFTER_JOINER = 2;

// One byte per ASCII code: 1 for a letter or digit, 2 for a joiner, 0 for anything else.
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9]/.test(char)) ASCII_CLASS[code] = 1;
  else if ("'-.,/".includes(char)) ASCII_CLASS[code] = 2;
}

export class WordCounter {
  words = 0;
  private state = OUTSIDE;

  feed(text: string): void {
    let { state, words } = this;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      let kind: number;
      if (code < 128) {
        kind = ASCII_CLASS[code] as number;
        i++;
      } else if (code === RIGHT_QUOTE) {
        kind = 2;
        i++;
      } else {
        const point = text.codePointAt(i) as number;
        kind = LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? 1 : 0;
        i += point > 0xffff ? 2 : 1;
      }
      if (kind === 1) {
        if (state === OUTSIDE) words++;
        state = IN_WORD;
      } else {
        state = kind === 2 && state === IN_WORD ? AFTER_JOINER : OUTSIDE;
      }
    }
    this.state = state;
    this.words = words;
  }

  /** A block boundary or line break: no word continues across it. */
  stop(): void {
    this.state = OUTSIDE;
  }
}
