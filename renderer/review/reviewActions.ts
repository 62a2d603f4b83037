// The desk's actions on the open article: each runs the core function on the article as it stands
// (core/review), and a refusal comes back as its sentence with nothing changed. Stage moves and
// thread changes reach the session's review, saved like any edit; the words a comment is on are
// marked through an editor transaction, so the body in the editor stays the one source of the text.
import type { Editor } from '@tiptap/core';
import { randomId } from '../../core/attribution/ids';
import type { CommentedField } from '../../core/review/review';
import { moveStage, type StageMove } from '../../core/review/stages';
import {
  commentOnField,
  commentOnRange,
  deleteThread,
  reopenThread,
  reply,
  resolveThread,
  type ThreadResult,
} from '../../core/review/threads';
import type { ArticleSession } from '../session/articleSession';

/** A refusal's sentence, or null when the change was made. */
export type Outcome = string | null;

/** Where a new comment goes: words of the body (ProseMirror positions) or a field. */
export type CommentPlace = { kind: 'body'; from: number; to: number } | { kind: 'field'; field: CommentedField };

/** A tag for transactions the desk makes, so a listener can tell them from typing. */
export const REVIEW_EDIT = 'bylineReviewEdit';

const now = (): string => new Date().toISOString();

const READ_ONLY = 'This article is open read-only: the desk cannot change its review.';

export function moveTo(session: ArticleSession, move: Omit<StageMove, 'at'> & { at?: string }): Outcome {
  if (!session.editable) return READ_ONLY;
  const result = moveStage(session.draft(), { ...move, at: move.at ?? now() });
  if (!result.ok) return result.reason;
  session.editReview(result.article.review!);
  return null;
}

export interface NewComment {
  by: string;
  text: string;
  /** For tests; a random id otherwise. */
  id?: string;
  at?: string;
}

/** Opens a thread; returns its id, or the refusal. */
export function openThread(
  session: ArticleSession,
  editor: Editor,
  place: CommentPlace,
  comment: NewComment,
): { ok: true; threadId: string } | { ok: false; reason: string } {
  if (!session.editable) return { ok: false, reason: READ_ONLY };
  const input = {
    id: comment.id ?? randomId(),
    commentId: randomId(),
    by: comment.by,
    at: comment.at ?? now(),
    text: comment.text,
  };
  const article = session.draft();
  const result =
    place.kind === 'body' ? commentOnRange(article, place, input) : commentOnField(article, place.field, input);
  if (!result.ok) return result;
  if (place.kind === 'body') {
    const mark = editor.schema.marks.comment!.create({ threadId: result.threadId });
    // Off the undo history: undoing the sentence typed before must not take the comment's words away.
    const tr = editor.state.tr.addMark(place.from, place.to, mark).setMeta('addToHistory', false);
    editor.view.dispatch(tr.setMeta(REVIEW_EDIT, true));
  }
  session.editReview(result.article.review!);
  return { ok: true, threadId: result.threadId };
}

export function replyTo(session: ArticleSession, threadId: string, comment: NewComment): Outcome {
  return applied(
    session,
    reply(session.draft(), threadId, {
      id: comment.id ?? randomId(),
      by: comment.by,
      at: comment.at ?? now(),
      text: comment.text,
    }),
  );
}

export function resolve(session: ArticleSession, threadId: string, by: string): Outcome {
  return applied(session, resolveThread(session.draft(), threadId, by, now()));
}

export function reopen(session: ArticleSession, threadId: string): Outcome {
  return applied(session, reopenThread(session.draft(), threadId));
}

/** Takes a thread off the record, and its marks out of the body (for a comment made by mistake). */
export function remove(session: ArticleSession, editor: Editor, threadId: string): Outcome {
  if (!session.editable) return READ_ONLY;
  const result = deleteThread(session.draft(), threadId);
  if (!result.ok) return result.reason;
  const type = editor.schema.marks.comment!;
  const tr = editor.state.tr;
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((each) => each.type === type && each.attrs.threadId === threadId);
    if (mark) tr.removeMark(pos, pos + node.nodeSize, mark);
    return false;
  });
  if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta(REVIEW_EDIT, true));
  session.editReview(result.article.review!);
  return null;
}

function applied(session: ArticleSession, result: ThreadResult): Outcome {
  if (!session.editable) return READ_ONLY;
  if (!result.ok) return result.reason;
  session.editReview(result.article.review!);
  return null;
}
