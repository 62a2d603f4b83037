// Comment threads: opening one on words of the body or on a field, replying, resolving and
// reopening, and listing them in the order a reader meets them. Every change is a new article
// (or a refusal with its reason); the article passed in is never changed.
import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { Article } from '../article/article';
import { checkBody, type BodyJSON } from '../body/schema';
import { findMatches } from '../find/search';
import { reviewOf, type CommentedField, type Thread } from './review';

export interface CommentInput {
  /** The new thread's id (or the new comment's, for a reply). */
  id: string;
  by: string;
  at: string;
  text: string;
}

export type ThreadResult = { ok: true; article: Article; threadId: string } | { ok: false; reason: string };

/** Opens a thread on the words from `from` to `to` (ProseMirror positions of the body). */
export function commentOnRange(
  article: Article,
  range: { from: number; to: number },
  input: CommentInput & { commentId: string },
): ThreadResult {
  const doc = bodyDoc(article);
  if (!doc) return refuse('The body cannot be read, so nothing in it can be commented on.');
  const { from, to } = range;
  if (!(from >= 0 && to <= doc.content.size && from < to)) return refuse('Select the words the comment is about.');
  const quote = doc.textBetween(from, to, ' ', ' ').trim();
  if (quote === '') return refuse('Select words, not only space, for the comment to be about.');
  const text = input.text.trim();
  if (text === '') return refuse('A comment needs some text.');
  const mark = doc.type.schema.marks.comment!.create({ threadId: input.id });
  const marked = new Transform(doc).addMark(from, to, mark).doc;
  const thread = newThread(input, { kind: 'body' }, quote);
  return withThread({ ...article, body: marked.toJSON() as BodyJSON }, thread);
}

/** Opens a thread on the first place the body reads `words` (quotes and dashes folded, case kept). */
export function commentOnWords(article: Article, words: string, input: CommentInput & { commentId: string }) {
  const doc = bodyDoc(article);
  if (!doc) return refuse('The body cannot be read, so nothing in it can be commented on.');
  const match = findMatches(doc, { query: words, matchCase: true, wholeWord: false, regex: false })[0];
  if (!match) return refuse(`The body does not contain “${words}”.`);
  return commentOnRange(article, match, input);
}

/** Opens a thread on a field of the article (the headline, the deck, the bylines…). */
export function commentOnField(
  article: Article,
  field: CommentedField,
  input: CommentInput & { commentId: string },
): ThreadResult {
  const text = input.text.trim();
  if (text === '') return refuse('A comment needs some text.');
  return withThread(article, newThread(input, { kind: 'field', field }, fieldText(article, field)));
}

export function reply(article: Article, threadId: string, input: CommentInput): ThreadResult {
  const text = input.text.trim();
  if (text === '') return refuse('A reply needs some text.');
  return changeThread(article, threadId, (thread) => ({
    ...thread,
    comments: [...thread.comments, { id: input.id, by: input.by, at: input.at, text }],
  }));
}

export function resolveThread(article: Article, threadId: string, by: string, at: string): ThreadResult {
  return changeThread(article, threadId, (thread) =>
    thread.resolved
      ? `The thread “${short(thread.quote)}” is already resolved.`
      : { ...thread, resolved: true, resolvedBy: by, resolvedAt: at },
  );
}

export function reopenThread(article: Article, threadId: string): ThreadResult {
  return changeThread(article, threadId, (thread) =>
    thread.resolved
      ? { ...thread, resolved: false, resolvedBy: null, resolvedAt: null }
      : `The thread “${short(thread.quote)}” is open.`,
  );
}

/**
 * Deletes a thread and its marks from the body: for a thread opened by mistake. Resolving is
 * how a discussion ends; deleting takes it off the record.
 */
export function deleteThread(article: Article, threadId: string): ThreadResult {
  const review = reviewOf(article);
  if (!review.threads.some((thread) => thread.id === threadId)) return refuse(`There is no thread ${threadId}.`);
  const doc = bodyDoc(article);
  let body = article.body;
  if (doc) {
    const type = doc.type.schema.marks.comment!;
    body = removeThreadMarks(doc, type, threadId).toJSON() as BodyJSON;
  }
  const threads = review.threads.filter((thread) => thread.id !== threadId);
  return { ok: true, threadId, article: { ...article, body, review: { ...review, threads } } };
}

export interface ListedThread {
  thread: Thread;
  /** Where its marked words start in the body; null for a field's thread or a detached one. */
  from: number | null;
  to: number | null;
  /** A body thread whose words are no longer in the body. */
  detached: boolean;
}

/** Field threads first (in the article's order), then body threads in reading order, then detached ones. */
export function threadsInOrder(article: Article): ListedThread[] {
  const review = reviewOf(article);
  const doc = bodyDoc(article);
  const ranges = doc ? threadRanges(doc) : new Map<string, { from: number; to: number }>();
  const listed = review.threads.map((thread): ListedThread => {
    const range = thread.anchor.kind === 'body' ? ranges.get(thread.id) : undefined;
    return {
      thread,
      from: range?.from ?? null,
      to: range?.to ?? null,
      detached: thread.anchor.kind === 'body' && !range,
    };
  });
  const rank = (entry: ListedThread): number =>
    entry.thread.anchor.kind === 'field'
      ? -1000 + FIELD_ORDER.indexOf(entry.thread.anchor.field)
      : entry.detached
        ? Infinity
        : entry.from!;
  return listed
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

const FIELD_ORDER: readonly CommentedField[] = ['kicker', 'headline', 'deck', 'bylines', 'dateline', 'section', 'tags'];

/** Where each thread's marks are in the body: from the first marked character to the last. */
export function threadRanges(doc: PMNode): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = String(mark.attrs.threadId);
      const end = pos + node.nodeSize;
      const known = ranges.get(id);
      ranges.set(id, known ? { from: known.from, to: Math.max(known.to, end) } : { from: pos, to: end });
    }
    return false;
  });
  return ranges;
}

function fieldText(article: Article, field: CommentedField): string {
  switch (field) {
    case 'bylines':
      return article.bylines.map((byline) => byline.name).join(', ');
    case 'dateline':
      return article.dateline?.place ?? '';
    case 'tags':
      return article.tags.join(', ');
    default:
      return article[field];
  }
}

function newThread(input: CommentInput & { commentId: string }, anchor: Thread['anchor'], quote: string): Thread {
  return {
    id: input.id,
    anchor,
    quote: quote.slice(0, 5000),
    comments: [{ id: input.commentId, by: input.by, at: input.at, text: input.text.trim() }],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  };
}

function withThread(article: Article, thread: Thread): ThreadResult {
  const review = reviewOf(article);
  if (review.threads.some((known) => known.id === thread.id)) return refuse(`A thread ${thread.id} already exists.`);
  return {
    ok: true,
    threadId: thread.id,
    article: { ...article, review: { ...review, threads: [...review.threads, thread] } },
  };
}

function changeThread(article: Article, threadId: string, change: (thread: Thread) => Thread | string): ThreadResult {
  const review = reviewOf(article);
  const index = review.threads.findIndex((thread) => thread.id === threadId);
  if (index < 0) return refuse(`There is no thread ${threadId}.`);
  const changed = change(review.threads[index]!);
  if (typeof changed === 'string') return refuse(changed);
  const threads = review.threads.with(index, changed);
  return { ok: true, threadId, article: { ...article, review: { ...review, threads } } };
}

function bodyDoc(article: Article): PMNode | null {
  const checked = checkBody(article.body);
  return checked.ok ? checked.doc : null;
}

function removeThreadMarks(doc: PMNode, type: MarkType, threadId: string): PMNode {
  const tr = new Transform(doc);
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((each) => each.type === type && each.attrs.threadId === threadId);
    if (mark) tr.removeMark(pos, pos + node.nodeSize, mark);
    return false;
  });
  return tr.doc;
}

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

const refuse = (reason: string): ThreadResult => ({ ok: false, reason });
