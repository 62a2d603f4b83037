// What the History panel shows between two versions: the body's words inserted and deleted, with
// a few words of unchanged text around each change (the rest folded away, as a reviewer reads
// a diff), and every field and attribution that changed (core/review/diff.ts does the comparing).
import type { Article } from '../../core/article/article';
import { diffBodies, diffFields, type DiffPart, type FieldChange } from '../../core/review/diff';

/** A piece of the shown diff: unchanged, inserted or deleted text, or a fold of unchanged text left out. */
export type ShownPart = DiffPart | { kind: 'fold'; words: number };

export interface RevisionDiff {
  body: ShownPart[];
  fields: FieldChange[];
  /** Words inserted into and deleted from the body. */
  inserted: number;
  deleted: number;
}

/** Unchanged words kept on each side of a change. */
export const CONTEXT_WORDS = 12;

export function compareArticles(before: Article, after: Article): RevisionDiff {
  const parts = diffBodies(before.body, after.body);
  const count = (kind: DiffPart['kind']) =>
    parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + wordCount(part.text), 0);
  return {
    body: folded(parts),
    fields: diffFields(before, after),
    inserted: count('insert'),
    deleted: count('delete'),
  };
}

const wordCount = (text: string) => text.match(/\S+/gu)?.length ?? 0;

/**
 * The changes with CONTEXT_WORDS of unchanged text on either side; longer unchanged stretches are
 * folded (and say how many words they hold). No change at all shows nothing.
 */
export function folded(parts: readonly DiffPart[], context = CONTEXT_WORDS): ShownPart[] {
  if (!parts.some((part) => part.kind !== 'equal')) return [];
  const shown: ShownPart[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'equal') return void shown.push(part);
    const tokens = part.text.match(/\s+|\S+/gu) ?? [];
    const words = tokens.filter((token) => /\S/u.test(token)).length;
    const keepBefore = index > 0 ? context : 0;
    const keepAfter = index < parts.length - 1 ? context : 0;
    if (words <= keepBefore + keepAfter + 1) return void shown.push(part);
    const head = takeWords(tokens, keepBefore);
    const tail = takeWords([...tokens].reverse(), keepAfter).reverse();
    if (head.length > 0) shown.push({ kind: 'equal', text: head.join('') });
    shown.push({ kind: 'fold', words: words - keepBefore - keepAfter });
    if (tail.length > 0) shown.push({ kind: 'equal', text: tail.join('') });
  });
  return shown;
}

/** The tokens up to and including the `count`th word (a following space stays with the fold). */
function takeWords(tokens: readonly string[], count: number): string[] {
  if (count === 0) return [];
  const taken: string[] = [];
  let words = 0;
  for (const token of tokens) {
    taken.push(token);
    if (/\S/u.test(token) && ++words === count) break;
  }
  return taken;
}
