// The desk's part of the pre-publish check: a story goes out approved, with no suggested edit
// pending and no comment left open (each can be let through on the record, like any blocking
// problem). A one-person newsroom turns the approval rule off in Settings.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Article } from '../article/article';
import { reviewOf } from '../review/review';
import { STAGE_LABELS } from '../review/stages';
import { threadsInOrder } from '../review/threads';
import { excerpt, type Problem } from './problem';

export function approvalProblems(article: Article, requireApproval: boolean): Problem[] {
  const { stage } = reviewOf(article);
  if (!requireApproval || stage === 'approved' || stage === 'published') return [];
  return [
    {
      code: 'not-approved',
      severity: 'blocking',
      message: `The desk has not approved this article (it is ${STAGE_LABELS[stage].toLowerCase()}).`,
      where: { field: 'review' },
    },
  ];
}

/** One problem per pending suggestion (its pieces together), where it starts. */
export function suggestionProblems(doc: PMNode): Problem[] {
  const found = new Map<string, { from: number; to: number; inserted: string; deleted: string; by: string }>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'insertion' && mark.type.name !== 'deletion') continue;
      const id = String(mark.attrs.id);
      const seen = found.get(id) ?? { from: pos, to: pos, inserted: '', deleted: '', by: String(mark.attrs.by) };
      seen.to = pos + node.nodeSize;
      if (mark.type.name === 'insertion') seen.inserted += node.text;
      else seen.deleted += node.text;
      found.set(id, seen);
    }
    return false;
  });
  return [...found.values()].map(({ from, to, inserted, deleted, by }) => ({
    code: 'open-suggestion',
    severity: 'blocking',
    message: `${by || 'Someone'} suggested ${suggestionWords(inserted, deleted)}; accept or reject it before publishing.`,
    where: { body: { from, to } },
  }));
}

function suggestionWords(inserted: string, deleted: string): string {
  if (inserted && deleted) return `replacing “${excerpt(deleted)}” with “${excerpt(inserted)}”`;
  if (inserted) return `adding “${excerpt(inserted)}”`;
  return `deleting “${excerpt(deleted)}”`;
}

/** One problem per open comment thread, detached ones included. */
export function commentProblems(article: Article): Problem[] {
  return threadsInOrder(article)
    .filter(({ thread }) => !thread.resolved)
    .map(({ thread, from, to, detached }) => ({
      code: 'unresolved-comment',
      severity: 'blocking',
      message: `A comment on “${excerpt(thread.quote || thread.comments[0]!.text)}” is not resolved${detached ? ' (its words were deleted)' : ''}.`,
      where: from !== null && to !== null ? { body: { from, to } } : { field: 'review' },
    }));
}
