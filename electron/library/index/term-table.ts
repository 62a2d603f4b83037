// Term ids for the cold build without making a string per word: plain ASCII words are folded and
// hashed as they are scanned, compared in place against the terms already stored, and only a term
// seen for the first time is copied out.
import { tokenize } from './tokenize';
import { grown } from './grown';

// FNV-1a. The basis is taken as a signed 32-bit number, as Math.imul returns: a basis above 2^31
// would make V8 carry the hash as a double through the scanning loop.
const OFFSET_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// What a character code is inside a word, in one lookup: its folded code (letters to lower case,
// digits as they are), DROPPED for the apostrophes tokenize() removes without ending the word,
// END, or NOT_ASCII, which sends the text tokenize()'s way. Every folded code is above those, so
// `>= FIRST_WORD_CODE` tests for a word character. The table covers every UTF-16 code unit so the
// scan needs no separate test for ASCII; only its first 128 entries are ever hot.
const END = 0;
const DROPPED = 1;
const NOT_ASCII = 2;
const FIRST_WORD_CODE = 3;
const FOLD = new Uint8Array(65536).fill(NOT_ASCII, 128);
for (let code = 48; code <= 57; code++) FOLD[code] = code;
for (let code = 97; code <= 122; code++) FOLD[code] = code;
for (let code = 65; code <= 90; code++) FOLD[code] = code + 32;
FOLD[39] = DROPPED;
FOLD[96] = DROPPED;

// The characters countWords() lets join two runs of letters into one word ("don't", "well-known",
// "10,000", "9/11"); its one other joiner, ’, is not ASCII.
const JOINS = new Uint8Array(128);
for (const joiner of "'-.,/") JOINS[joiner.charCodeAt(0)] = 1;

/** How a word's characters stand in the text it was read from. */
type Form = typeof FOLDED | typeof FOLDED_DROPPING | typeof AS_IS;
/** Plain ASCII, to be folded character by character. */
const FOLDED = 0;
/** Plain ASCII with apostrophes inside, to be skipped as well as folded. */
const FOLDED_DROPPING = 1;
/** A term tokenize() made, already folded. */
const AS_IS = 2;

/**
 * The counted words that start inside one search word, after the apostrophes it dropped: "a`b" and
 * "a''b" are one search word but two counted ones, where "don't" is one of each.
 */
function runsAfterApostrophes(text: string, begin: number, end: number): number {
  let runs = 0;
  for (let j = begin + 1; j < end; j++) {
    if (FOLD[text.charCodeAt(j - 1)] !== DROPPED || (FOLD[text.charCodeAt(j)] as number) < FIRST_WORD_CODE) continue;
    const joined = text.charCodeAt(j - 1) === 39 && (FOLD[text.charCodeAt(j - 2)] as number) >= FIRST_WORD_CODE;
    if (!joined) runs++;
  }
  return runs;
}

export class TermTable {
  /** The term ids of the text last passed to read(), in reading order, up to the count it returned. */
  ids = new Int32Array(4096);
  /** How many distinct terms there are; ids run from 0 to size - 1. */
  size = 0;
  /**
   * The words of the text last passed to read() as countWords() counts them, found on the same
   * pass; -1 when the text was not plain ASCII, which read() leaves to countWords().
   */
  words = -1;
  // Every term's folded characters, one after another, found by start and length.
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  // Open addressing, four numbers a slot (hash, id + 1, start, length) so a probe reads one cache
  // line rather than one per array; the table is kept at most half full.
  private slots = new Int32Array(4 * 4096);

  /** Fills `ids` with the ids of `tokenize(text)` and returns how many there are. */
  read(text: string): number {
    const length = text.length;
    if (this.ids.length < length) this.ids = grown(this.ids, length);
    const ids = this.ids;
    let count = 0;
    let words = 0;
    let i = 0;
    while (i < length) {
      const first = FOLD[text.charCodeAt(i)] as number;
      if (first < FIRST_WORD_CODE) {
        if (first === NOT_ASCII) return this.readUnicode(text);
        i++;
        continue;
      }
      const begin = i;
      let wordLength = 0;
      let hash = OFFSET_BASIS;
      let form: Form = FOLDED;
      for (; i < length; i++) {
        const folded = FOLD[text.charCodeAt(i)] as number;
        if (folded < FIRST_WORD_CODE) {
          if (folded === END) break;
          if (folded === NOT_ASCII) return this.readUnicode(text);
          form = FOLDED_DROPPING;
          continue;
        }
        wordLength++;
        hash = Math.imul(hash ^ folded, FNV_PRIME);
      }
      ids[count++] = this.idOf(text, begin, wordLength, hash, form);
      // A run of letters starts a counted word unless a joiner right after letters comes before it.
      if (!(
        begin >= 2 &&
        JOINS[text.charCodeAt(begin - 1)] === 1 &&
        (FOLD[text.charCodeAt(begin - 2)] as number) >= FIRST_WORD_CODE
      ))
        words++;
      if (form === FOLDED_DROPPING) words += runsAfterApostrophes(text, begin, i);
    }
    this.words = words;
    return count;
  }

  /** Every term's text, by id. */
  names(): string[] {
    const names: string[] = new Array(this.size);
    // Uint16Array is in the machine's byte order, little-endian on every platform Electron ships for.
    const decoder = new TextDecoder('utf-16le');
    const bytes = new Uint8Array(this.chars.buffer, 0, this.charsUsed * 2);
    for (let id = 0; id < this.size; id++) {
      const start = this.starts[id] as number;
      names[id] = decoder.decode(bytes.subarray(start * 2, (start + (this.lengths[id] as number)) * 2));
    }
    return names;
  }

  // Text that is not plain ASCII takes tokenize()'s own way (case folding, accents), word by word.
  private readUnicode(text: string): number {
    this.words = -1;
    const words = tokenize(text);
    // Compatibility forms can make more words than characters ("¼" is "1⁄4").
    if (this.ids.length < words.length) this.ids = grown(this.ids, words.length);
    for (let n = 0; n < words.length; n++) {
      const term = words[n] as string;
      let hash = OFFSET_BASIS;
      for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
      this.ids[n] = this.idOf(term, 0, term.length, hash, AS_IS);
    }
    return words.length;
  }

  /** The id of the term of `length` characters in `source` from `begin`, read in the given form. */
  private idOf(source: string, begin: number, length: number, hash: number, form: Form): number {
    const { slots, chars } = this;
    let at = (hash & ((slots.length >> 2) - 1)) << 2;
    for (;;) {
      const stored = slots[at + 1] as number;
      if (stored === 0) break;
      if (slots[at] === hash && slots[at + 3] === length) {
        const start = slots[at + 2] as number;
        // Plain folded words, nearly all of them, are compared here rather than in a call.
        let k = 0;
        if (form === FOLDED) while (k < length && chars[start + k] === FOLD[source.charCodeAt(begin + k)]) k++;
        if (k === length || (form !== FOLDED && this.matches(start, source, begin, length, form))) return stored - 1;
      }
      at = (at + 4) & (slots.length - 1);
    }
    return this.add(source, begin, length, hash, form);
  }

  private matches(start: number, source: string, begin: number, length: number, form: Form): boolean {
    const { chars } = this;
    if (form === AS_IS) {
      for (let k = 0; k < length; k++) if (chars[start + k] !== source.charCodeAt(begin + k)) return false;
    } else {
      // The word starts with a word character and holds `length` of them, so this stops inside it.
      for (let k = 0, j = begin; k < length; j++) {
        const folded = FOLD[source.charCodeAt(j)] as number;
        if (folded === DROPPED) continue;
        if (chars[start + k++] !== folded) return false;
      }
    }
    return true;
  }

  private add(source: string, begin: number, length: number, hash: number, form: Form): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.lengths = grown(this.lengths, id + 1);
      this.starts = grown(this.starts, id + 1);
    }
    const chars = (this.chars = grown(this.chars, this.charsUsed + length));
    const start = this.charsUsed;
    for (let k = 0, j = begin; k < length; j++) {
      const code = source.charCodeAt(j);
      if (form === AS_IS) chars[start + k++] = code;
      else if (FOLD[code] !== DROPPED) chars[start + k++] = FOLD[code] as number;
    }
    this.starts[id] = start;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.charsUsed += length;
    if (this.size * 2 > this.slots.length >> 2) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const { slots } = this;
    const mask = (slots.length >> 2) - 1;
    const hash = this.hashes[id] as number;
    let at = (hash & mask) << 2;
    while (slots[at + 1] !== 0) at = (at + 4) & (slots.length - 1);
    slots[at] = hash;
    slots[at + 1] = id + 1;
    slots[at + 2] = this.starts[id] as number;
    slots[at + 3] = this.lengths[id] as number;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.size; id++) this.place(id);
  }
}
