// Each accept and reject of a suggested edit is on the history's record as its own revision. The
// Review section decides suggestions as one editor transaction each (marked as a review edit);
// this tells from that transaction which it was — an inserted word kept or a struck-out word gone
// is an accept, the reverse a reject — and saves at once with that reason.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect } from 'react';
import { REVIEW_EDIT } from '../review/reviewActions';
import type { Desk } from '../session/desk';
import { tagNextSave } from './saveReason';

interface Pending {
  kind: 'insertion' | 'deletion';
  from: number;
  to: number;
}

/**
 * Every suggestion's pieces in the body, by kind and id: a replacement is one id with both an
 * insertion (the new words) and a deletion (the old ones), each decided on its own terms.
 */
function suggestionsOf(doc: PMNode): Map<string, Pending> {
  const found = new Map<string, Pending>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const kind = mark.type.name;
      const id = mark.attrs.id as unknown;
      if ((kind !== 'insertion' && kind !== 'deletion') || typeof id !== 'string') continue;
      const key = `${kind} ${id}`;
      const seen = found.get(key);
      const to = pos + node.nodeSize;
      found.set(key, seen ? { ...seen, to } : { kind, from: pos, to });
    }
    return false;
  });
  return found;
}

/** 'accept' or 'reject' when the transaction decided suggestions (accept wins a mixed one); else null. */
export function decisionIn(transaction: Transaction): 'accept' | 'reject' | null {
  if (!transaction.docChanged || !transaction.getMeta(REVIEW_EDIT)) return null;
  const after = suggestionsOf(transaction.doc);
  let decision: 'accept' | 'reject' | null = null;
  for (const [key, pending] of suggestionsOf(transaction.before)) {
    if (after.has(key)) continue;
    const start = transaction.mapping.mapResult(pending.from, 1);
    const end = transaction.mapping.mapResult(pending.to, -1);
    const textGone = end.pos <= start.pos;
    const kept = pending.kind === 'insertion' ? !textGone : textGone;
    if (kept) return 'accept';
    decision = 'reject';
  }
  return decision;
}

/** Mounted once by the workspace: a decided suggestion is saved at once, tagged for the history. */
export function useDecisionRevisions(editor: Editor, desk: Pick<Desk, 'session' | 'saveNow'>): void {
  useEffect(() => {
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const decision = decisionIn(transaction);
      const session = desk.session;
      if (!decision || !session) return;
      tagNextSave(session.id, decision);
      // After the body has counted the transaction as an edit, so the save has something to write.
      setTimeout(() => void desk.saveNow(), 0);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor, desk]);
}
