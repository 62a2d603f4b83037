// Term ids for the cold build without making a string per word: plain ASCII words are folded and
// hashed as they are scanned, and only a term seen for the first time is copied out.
import { tokenize } from './tokenize';
import { grown } from './grown';

const APOSTROPHE = 39;
const BACKTICK = 96;
const OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// What an ASCII code does inside a word: 1 keeps it (letters fold to lower case), 2 drops it
// without ending the word (the apostrophes tokenize() removes), 0 ends it.
const ASCII_ROLE = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_ROLE[code] = 1;
for (let code = 97; code <= 122; code++) ASCII_ROLE[code] = 1;
for (let code = 65; code <= 90; code++) ASCII_ROLE[code] = 1;
ASCII_ROLE[APOSTROPHE] = 2;
ASCII_ROLE[BACKTICK] = 2;


export class TermTable {
  /** The term ids of the text last passed to read(), in reading order, up to the count it returned. */
  ids = new Int32Array(4096);
  /** How many distinct terms there are; ids run from 0 to size - 1. */
  size = 0;
  // Every term's folded characters, one after another, found by start and length.
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  // Open addressing, four numbers a slot (hash, id + 1, start, length) so a probe reads one cache
  // line rather than one per array; the table is kept at most half full.
  private slots = new Int32Array(4 * 4096);
  private word = new Uint16Array(256);

  /** Fills `ids` with the ids of `tokenize(text)` and returns how many there are. */
  read(text: string): number {
    const length = text.length;
    if (this.ids.length < length) this.ids = grown(this.ids, length);
    const ids = this.ids;
    let word = this.word;
    let count = 0;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (code >= 128) return this.readUnicode(text);
      if (ASCII_ROLE[code] !== 1) {
        i++;
        continue;
      }
      let wordLength = 0;
      let hash = OFFSET_BASIS;
      for (; i < length; i++) {
        code = text.charCodeAt(i);
        if (code >= 128) return this.readUnicode(text);
        const role = ASCII_ROLE[code];
        if (role === 0) break;
        if (role === 2) continue;
        if (code <= 90 && code >= 65) code += 32;
        if (wordLength === word.length) word = this.word = grown(word, wordLength + 1);
        word[wordLength++] = code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      ids[count++] = this.idOf(wordLength, hash);
    }
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
    const words = tokenize(text);
    // Compatibility forms can make more words than characters ("¼" is "1⁄4").
    if (this.ids.length < words.length) this.ids = grown(this.ids, words.length);
    for (let n = 0; n < words.length; n++) {
      const term = words[n] as string;
      if (term.length > this.word.length) this.word = grown(this.word, term.length);
      let hash = OFFSET_BASIS;
      for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        this.word[i] = code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      this.ids[n] = this.idOf(term.length, hash);
    }
    return words.length;
  }

  /** The id of the term held in `word[0 .. length)`. */
  private idOf(length: number, hash: number): number {
    const { slots, chars, word } = this;
    const mask = (slots.length >> 2) - 1;
    let at = (hash & mask) << 2;
    for (;;) {
      const stored = slots[at + 1] as number;
      if (stored === 0) break;
      if (slots[at] === hash && slots[at + 3] === length) {
        const start = slots[at + 2] as number;
        let i = 0;
        while (i < length && chars[start + i] === word[i]) i++;
        if (i === length) return stored - 1;
      }
      at = (at + 4) & (slots.length - 1);
    }
    return this.add(length, hash);
  }

  private add(length: number, hash: number): number {
    const id = this.size++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.lengths = grown(this.lengths, id + 1);
      this.starts = grown(this.starts, id + 1);
    }
    this.chars = grown(this.chars, this.charsUsed + length);
    this.chars.set(this.word.subarray(0, length), this.charsUsed);
    this.starts[id] = this.charsUsed;
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
