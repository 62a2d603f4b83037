// Word counts for the library list without building the body's text: the same words as core's
// countWords over bodyPlainText, counted in one pass over the text nodes where they lie.
import type { BodyJSON } from '../../../core/body/schema';

// core/body/text.ts: a word is a run of letters or digits, joined by ' ’ - . , or / inside it.
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

/** Counts words across text fed in pieces, so a word split by a bold mark still counts once. */
class WordCounter {
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

/** countWords(bodyPlainText(body)), without the text. */
export function countBodyWords(body: BodyJSON): number {
  const counter = new WordCounter();
  walkBlocks(body, counter);
  return counter.words;
}

/** Counts the words of a text; the same as core's countWords. */
export function countTextWords(text: string): number {
  const counter = new WordCounter();
  counter.feed(text);
  return counter.words;
}

// Mirrors bodyPlainText: paragraphs and headings are inline runs, every other node with content is walked.
function walkBlocks(node: BodyJSON, counter: WordCounter): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    walkInline(node, counter);
    counter.stop();
    return;
  }
  for (const child of node.content ?? []) walkBlocks(child, counter);
}

function walkInline(node: BodyJSON, counter: WordCounter): void {
  for (const child of node.content ?? []) {
    if (child.type === 'text') counter.feed(child.text ?? '');
    else if (child.type === 'hardBreak') counter.stop();
    else walkInline(child, counter);
  }
}
