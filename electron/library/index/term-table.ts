// Term ids for the cold build without making a string per word: words are hashed where they stand
// in the text and only a term seen for the first time is copied out.
import { tokenize } from './tokenize';

const APOSTROPHES = /['’‘`]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

export class TermTable {
  readonly names: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(4096);

  /** Calls `visit(termId)` for each word of `text`, in order: the ids of `tokenize(text)`. */
  forEachTerm(text: string, visit: (termId: number) => void): number {
    const folded = text.toLowerCase().replace(APOSTROPHES, '');
    if (NOT_ASCII.test(folded)) {
      const words = tokenize(text);
      for (const word of words) visit(this.idOf(word, 0, word.length, hashOf(word, 0, word.length)));
      return words.length;
    }
    let count = 0;
    let i = 0;
    while (i < folded.length) {
      if (!isWordCode(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0x811c9dc5;
      while (i < folded.length) {
        const code = folded.charCodeAt(i);
        if (!isWordCode(code)) break;
        hash = Math.imul(hash ^ code, 0x01000193);
        i++;
      }
      visit(this.idOf(folded, start, i, hash));
      count++;
    }
    return count;
  }

  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] as number;
      if (stored === 0) break;
      const id = stored - 1;
      const name = this.names[id] as string;
      if (this.hashes[id] === hash && name.length === length && text.startsWith(name, start)) return id;
    }
    const id = this.names.length;
    this.names.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const bigger = new Int32Array(id * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    if (this.names.length * 2 > this.slots.length) this.rehash();
    else this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.names.length; id++) this.place(id, this.hashes[id] as number);
  }
}

function hashOf(word: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}
