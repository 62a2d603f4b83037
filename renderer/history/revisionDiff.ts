// What the History panel shows between two versions: the body's words inserted and deleted, with
// a few words of unchanged text around each change (the rest folded away, as a reviewer reads
// a diff), and every field and attribution that changed (core/review/diff.ts does the comparing).
// The text is compared as it stands, as a reader would get it; suggested edits still pending and
// the desk's comment threads are told apart, in words, so a suggestion never reads as made.
import type { Article } from '../../core/article/article';
import { bodySchema } from '../../core/body/schema';
import { bodyAsItStands } from '../../core/review/as-it-stands';
import { diffBodies, diffFields, type DiffPart, type FieldChange } from '../../core/review/diff';
import { reviewOf } from '../../core/review/review';
import { suggestionsIn } from '../../core/review/suggestions/list';
import { suggestionSentence } from '../review/suggestionWords';

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
  const parts = diffBodies(bodyAsItStands(before.body), bodyAsItStands(after.body));
  const count = (kind: DiffPart['kind']) =>
    parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + wordCount(part.text), 0);
  const fields = [...diffFields(before, after), ...deskChanges(before, after)];
  return { body: folded(parts), fields, inserted: count('insert'), deleted: count('delete') };
}

/** The suggested edits pending and the comment threads, where they differ. */
function deskChanges(before: Article, after: Article): FieldChange[] {
  const changes: FieldChange[] = [];
  const pending = [pendingSuggestions(before), pendingSuggestions(after)] as const;
  if (pending[0] !== pending[1]) changes.push({ field: 'suggestions', before: pending[0], after: pending[1] });
  const threads = [threadCount(before), threadCount(after)] as const;
  if (threads[0] !== threads[1]) changes.push({ field: 'comments', before: threads[0], after: threads[1] });
  return changes;
}

function pendingSuggestions(article: Article): string {
  try {
    return suggestionsIn(bodySchema().nodeFromJSON(article.body)).map(suggestionSentence).join('; ');
  } catch {
    // A body this version cannot hold as a document: its text is still compared above.
    return '';
  }
}

/** "2 open, 1 resolved (3 comments)": the comments themselves are in the Review section. */
function threadCount(article: Article): string {
  const threads = reviewOf(article).threads;
  if (threads.length === 0) return '';
  const resolved = threads.filter((thread) => thread.resolved).length;
  const comments = threads.reduce((sum, thread) => sum + thread.comments.length, 0);
  return `${threads.length - resolved} open, ${resolved} resolved (${comments === 1 ? '1 comment' : `${comments} comments`})`;
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
