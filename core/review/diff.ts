// What changed between two versions of an article, as the History panel and `byline diff` show
// it: the body word by word (inserted and deleted words, spacing kept with them, a new block as
// "\n"), and the fields one by one, attribution included (who each quotation is put to).
// The fields are compared in field-diff.ts, the token sequences in sequence-diff.ts.
import { bodySchema, type BodyJSON } from '../body/schema';
import { diffSequences } from './sequence-diff';

export { diffFields } from './field-diff';
export { diffSequences, type DiffRun } from './sequence-diff';

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * The body's text as the diff reads it: each text block's words (a hard break as "\n"), blocks
 * joined by "\n". Equal and inserted parts of diffBodies(a, b) join to this text of b.
 */
export function bodyDiffText(body: BodyJSON): string {
  return bodyBlocks(body).join('\n');
}

function bodyBlocks(body: BodyJSON): string[] {
  const schema = bodySchema();
  const blocks: string[] = [];
  const walk = (node: BodyJSON) => {
    if (schema.nodes[node.type]?.isTextblock) blocks.push(inlineText(node));
    else for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return blocks;
}

function inlineText(node: BodyJSON): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
    else text += inlineText(child);
  }
  return text;
}

/** Words and the spaces between them as separate tokens, so a word added at a block's end is just that word. */
function tokensOf(text: string): string[] {
  return text.match(/\s+|\S+/gu) ?? [];
}

/**
 * The body's changes word by word, in reading order. Within each changed stretch the deleted
 * words come first, then the inserted ones, and a lone space between two changes is taken into
 * them, so "The cat sat" → "A dog sat" reads as "The cat" replaced by "A dog".
 *
 * Blocks are matched first and only the blocks that differ are compared word by word: two
 * revisions hundreds of edits apart differ in many places, and a word-level search over the
 * whole body would grow with their product.
 */
export function diffBodies(a: BodyJSON, b: BodyJSON): DiffPart[] {
  const blocksA = bodyBlocks(a);
  const blocksB = bodyBlocks(b);
  // Each block with the "\n" that follows it, but the last: a last block matches only a last block.
  const unit = (blocks: string[], i: number) => (i < blocks.length - 1 ? `${blocks[i]}\n` : blocks[i]!);
  const key = (blocks: string[], i: number) => (i < blocks.length - 1 ? unit(blocks, i) : `${blocks[i]}\0`);
  const ids = new Map<string, number>();
  const idOf = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    return id;
  };
  const runs = diffSequences(
    Int32Array.from(blocksA, (_, i) => idOf(key(blocksA, i))),
    Int32Array.from(blocksB, (_, i) => idOf(key(blocksB, i))),
  );
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  let deleted: string[] = [];
  let inserted: string[] = [];
  const compareWords = () => {
    if (deleted.length > 0 || inserted.length > 0) parts.push(...diffStretch(deleted, inserted));
    deleted = [];
    inserted = [];
  };
  for (const { kind, count } of runs) {
    if (kind === 'equal') {
      compareWords();
      let text = '';
      for (let n = 0; n < count; n++) text += unit(blocksA, i + n);
      parts.push({ kind, text });
      i += count;
      j += count;
    } else if (kind === 'delete') {
      for (let n = 0; n < count; n++) deleted.push(unit(blocksA, i++));
    } else {
      for (let n = 0; n < count; n++) inserted.push(unit(blocksB, j++));
    }
  }
  compareWords();
  return regroup(parts.filter((part) => part.text !== ''));
}

/** Paired blocks share at least this share of their words: an edited paragraph, not a new one. */
const SIMILAR = 0.5;
/** Beyond this many pairs to weigh, a changed stretch is compared word by word as one. */
const MAX_PAIRINGS = 40_000;

/**
 * A stretch of changed blocks. As many on each side: paired in order. Otherwise each block of the
 * earlier side is paired, in order, with the most alike block of the later side (an edited
 * paragraph), compared word by word; the blocks left over are deleted or inserted whole. Far-apart revisions change most paragraphs a little, and
 * comparing them pair by pair costs what the words cost, not their product.
 */
function diffStretch(deleted: string[], inserted: string[]): DiffPart[] {
  const k = deleted.length;
  const l = inserted.length;
  if (k === 0 || l === 0 || (k !== l && k * l > MAX_PAIRINGS)) return diffWords(deleted.join(''), inserted.join(''));
  // The usual case: as many paragraphs as before, each edited. Paired in order at once.
  if (k === l) return deleted.flatMap((block, i) => diffWords(block, inserted[i]!));
  const wordsA = deleted.map(wordSet);
  const wordsB = inserted.map(wordSet);
  const known = new Float64Array(k * l).fill(-1);
  const likeness = (i: number, j: number) => {
    if (known[i * l + j]! < 0) known[i * l + j] = similarity(wordsA[i]!, wordsB[j]!);
    return known[i * l + j]!;
  };
  // best[i][j]: the greatest total likeness pairing the first i blocks with the first j.
  const best = Array.from({ length: k + 1 }, () => new Float64Array(l + 1));
  for (let i = 1; i <= k; i++)
    for (let j = 1; j <= l; j++) {
      const alike = likeness(i - 1, j - 1);
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, alike >= SIMILAR ? best[i - 1]![j - 1]! + alike : 0);
    }
  const reversed: DiffPart[][] = [];
  let i = k;
  let j = l;
  while (i > 0 || j > 0) {
    if (
      i > 0 &&
      j > 0 &&
      likeness(i - 1, j - 1) >= SIMILAR &&
      best[i]![j] === best[i - 1]![j - 1]! + likeness(i - 1, j - 1)
    ) {
      reversed.push(diffWords(deleted[--i]!, inserted[--j]!));
    } else if (i > 0 && (j === 0 || best[i]![j] === best[i - 1]![j])) {
      reversed.push([{ kind: 'delete', text: deleted[--i]! }]);
    } else {
      reversed.push([{ kind: 'insert', text: inserted[--j]! }]);
    }
  }
  return reversed.reverse().flat();
}

function wordSet(text: string): Set<string> {
  return new Set(text.match(/\S+/gu) ?? []);
}

/** Dice's coefficient of two blocks' words: 1 for the same words, 0 for none in common. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The word-level diff of two stretches of text. What both begin and end with (cut back to a word's
 * edge in both) is equal without being compared word by word: most edits touch a few words.
 */
function diffWords(before: string, after: string): DiffPart[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  while (start > 0 && !(edgeAt(before, start) && edgeAt(after, start))) start--;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  while (end > 0 && !(edgeAt(before, before.length - end) && edgeAt(after, after.length - end))) end--;
  const parts: DiffPart[] = [];
  if (start > 0) parts.push({ kind: 'equal', text: before.slice(0, start) });
  const ta = tokensOf(before.slice(start, before.length - end));
  const tb = tokensOf(after.slice(start, after.length - end));
  const ids = new Map<string, number>();
  const [ia, ib] = [intern(ta, ids), intern(tb, ids)];
  let i = 0;
  let j = 0;
  for (const { kind, count } of diffSequences(ia, ib)) {
    if (kind === 'insert') {
      parts.push({ kind, text: tb.slice(j, (j += count)).join('') });
    } else {
      parts.push({ kind, text: ta.slice(i, (i += count)).join('') });
      if (kind === 'equal') j += count;
    }
  }
  if (end > 0) parts.push({ kind: 'equal', text: before.slice(before.length - end) });
  return parts;
}

/** Whether `at` falls between two tokens of `text` (a space and a word meet there, or it is an end). */
function edgeAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return isSpace(text.charCodeAt(at - 1)) !== isSpace(text.charCodeAt(at));
}

const SPACE = /\s/u;
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || (code > 127 || code < 32 ? SPACE.test(String.fromCharCode(code)) : false);
}

/** Each token as a number, the same number for the same token on both sides. */
function intern(tokens: string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let n = 0; n < tokens.length; n++) {
    let id = ids.get(tokens[n]!);
    if (id === undefined) {
      id = ids.size;
      ids.set(tokens[n]!, id);
    }
    out[n] = id;
  }
  return out;
}

/** Lone spaces between changes go into them; each changed stretch becomes one deletion then one insertion. */
function regroup(parts: DiffPart[]): DiffPart[] {
  // Neighbouring equal parts (a block-level match beside a word-level one) are one stretch.
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last?.kind === 'equal' && part.kind === 'equal') last.text += part.text;
    else merged.push({ ...part });
  }
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'delete', text: deleted });
    if (inserted) out.push({ kind: 'insert', text: inserted });
    deleted = inserted = '';
  };
  merged.forEach((part, index) => {
    const between = index > 0 && index < merged.length - 1;
    if (part.kind === 'equal' && !(between && /^[^\S\n]+$/u.test(part.text))) {
      flush();
      out.push(part);
    } else if (part.kind === 'equal') {
      deleted += part.text;
      inserted += part.text;
    } else if (part.kind === 'delete') deleted += part.text;
    else inserted += part.text;
  });
  flush();
  return out;
}
