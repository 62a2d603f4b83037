import fc from 'fast-check';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { checkBody, type BodyJSON } from '../../../core/body/schema';
import { reviewOf } from '../../../core/review/review';
import {
  commentOnField,
  commentOnWords,
  deleteThread,
  reopenThread,
  reply,
  resolveThread,
  threadsInOrder,
} from '../../../core/review/threads';
import { doc, node, p } from '../../builders/body';
import { story } from '../../builders/article';

const at = '2021-02-18T12:00:00Z';
const input = (id: string, text = 'Needs a second source.') => ({ id, commentId: `${id}-c1`, by: 'Editor', at, text });
const opened = (result: ReturnType<typeof commentOnWords>): Article => {
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

const base = () =>
  story(doc(p('The council voted seven to two on Tuesday.'), p('The mayor said the quay would be rebuilt by spring.')));

describe('comment threads', () => {
  it('puts a thread on the first place the words occur, marks them, and keeps the words it was on', () => {
    const article = opened(commentOnWords(base(), 'seven to two', input('t1')));
    const [listed] = threadsInOrder(article);
    expect(listed!.thread).toMatchObject({ id: 't1', quote: 'seven to two', resolved: false });
    expect(listed!.detached).toBe(false);
    const doc = node(article.body as BodyJSON);
    expect(doc.textBetween(listed!.from!, listed!.to!)).toBe('seven to two');
  });

  it('refuses words the body does not hold, and an empty comment, changing nothing', () => {
    const article = base();
    const before = structuredClone(article);
    expect(commentOnWords(article, 'eight to one', input('t1'))).toMatchObject({ ok: false });
    expect(commentOnWords(article, 'seven', input('t1', '   '))).toMatchObject({ ok: false });
    expect(article).toEqual(before);
  });

  it('keeps replies in order, resolves with who and when, and reopens', () => {
    let article = opened(commentOnWords(base(), 'Tuesday', input('t1')));
    article = opened(reply(article, 't1', { id: 'c2', by: 'Reporter', at, text: 'Added the clerk.' }));
    article = opened(resolveThread(article, 't1', 'Editor', '2021-02-18T13:00:00Z'));
    const thread = reviewOf(article).threads[0]!;
    expect(thread.comments.map((comment) => [comment.by, comment.text])).toEqual([
      ['Editor', 'Needs a second source.'],
      ['Reporter', 'Added the clerk.'],
    ]);
    expect(thread).toMatchObject({ resolved: true, resolvedBy: 'Editor', resolvedAt: '2021-02-18T13:00:00Z' });
    expect(resolveThread(article, 't1', 'Editor', at).ok).toBe(false);
    expect(reviewOf(opened(reopenThread(article, 't1'))).threads[0]).toMatchObject({
      resolved: false,
      resolvedBy: null,
    });
    expect(reply(article, 'nope', { id: 'c3', by: 'E', at, text: 'x' }).ok).toBe(false);
  });

  it('lists field threads first, then body threads in reading order, and a thread whose words were deleted as detached', () => {
    let article = opened(commentOnWords(base(), 'quay', input('late')));
    article = opened(commentOnWords(article, 'council', input('early')));
    article = opened(commentOnField(article, 'headline', input('head', 'Too long.')));
    expect(threadsInOrder(article).map(({ thread }) => thread.id)).toEqual(['head', 'early', 'late']);
    // Delete the second paragraph, with the words "quay" was on.
    const doc = node(article.body as BodyJSON);
    const second = doc.child(0).nodeSize;
    const body = new Transform(doc).delete(second, doc.content.size).doc.toJSON() as BodyJSON;
    const listed = threadsInOrder({ ...article, body });
    expect(listed.map(({ thread, detached }) => [thread.id, detached])).toEqual([
      ['head', false],
      ['early', false],
      ['late', true],
    ]);
    expect(listed[2]!.thread.quote).toBe('quay');
  });

  it('deletes a thread and its marks together', () => {
    const article = opened(deleteThread(opened(commentOnWords(base(), 'Tuesday', input('t1'))), 't1'));
    expect(reviewOf(article).threads).toEqual([]);
    expect(JSON.stringify(article.body)).not.toContain('comment');
  });

  it('keeps its words through random edits elsewhere in the body', () => {
    const words = 'seven to two';
    const article = opened(commentOnWords(base(), words, input('t1')));
    const start = node(article.body as BodyJSON);
    fc.assert(
      fc.property(
        fc.array(fc.record({ where: fc.nat(), length: fc.nat({ max: 6 }), text: fc.string({ maxLength: 5 }) }), {
          maxLength: 12,
        }),
        (edits) => {
          let current = start;
          for (const edit of edits) {
            const range = threadsInOrder({ ...article, body: current.toJSON() as BodyJSON })[0]!;
            // Pick a place in some text block outside the commented words.
            const spots: number[] = [];
            current.descendants((each, pos) => {
              if (each.isText)
                for (let at = pos; at <= pos + each.nodeSize; at++)
                  if (at < range.from! || at > range.to!) spots.push(at);
              return true;
            });
            if (spots.length === 0) continue;
            const from = spots[edit.where % spots.length]!;
            const to = Math.min(from + edit.length, from < range.from! ? range.from! : current.content.size - 1);
            const tr = new Transform(current);
            const $from = current.resolve(from);
            const $to = current.resolve(Math.max(from, to));
            if ($from.parent !== $to.parent || !$from.parent.isTextblock) continue;
            tr.replaceWith(from, Math.max(from, to), edit.text ? current.type.schema.text(edit.text) : []);
            current = tr.doc;
          }
          const body = current.toJSON() as BodyJSON;
          expect(checkBody(body).ok).toBe(true);
          const [listed] = threadsInOrder({ ...article, body });
          expect(listed!.detached).toBe(false);
          expect(current.textBetween(listed!.from!, listed!.to!)).toBe(words);
        },
      ),
    );
  });
});
