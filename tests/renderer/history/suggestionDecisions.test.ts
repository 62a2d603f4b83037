// Accepting or rejecting a suggested edit is told apart from the transaction that did it, so each
// goes on the history's record as what it was; other edits (typing, a comment) are neither.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../core/body/extensions';
import { acceptSuggestionsIn, rejectSuggestionsIn } from '../../../core/review/suggestions/decide';
import { decisionIn } from '../../../renderer/history/suggestionDecisions';
import { REVIEW_EDIT } from '../../../renderer/review/reviewActions';

const AT = '2025-03-01T09:00:00.000Z';
const suggestion = (type: 'insertion' | 'deletion', id: string) => ({
  type,
  attrs: { id, by: 'Dana Whitfield', at: AT },
});

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function body() {
  editor = new Editor({
    extensions: bodyExtensions(),
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The ' },
            { type: 'text', text: 'city ', marks: [suggestion('deletion', 'gone')] },
            { type: 'text', text: 'council voted' },
            { type: 'text', text: ' on Monday', marks: [suggestion('insertion', 'added')] },
            { type: 'text', text: '.' },
          ],
        },
      ],
    },
  });
  return editor;
}

function replacement() {
  editor?.destroy();
  editor = new Editor({
    extensions: bodyExtensions(),
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The council voted on ' },
            { type: 'text', text: 'Monday', marks: [suggestion('deletion', 'swap')] },
            { type: 'text', text: 'Tuesday', marks: [suggestion('insertion', 'swap')] },
            { type: 'text', text: '.' },
          ],
        },
      ],
    },
  });
  return editor;
}

const decided = (verdict: 'accept' | 'reject', id: string) => {
  const tr = body().state.tr;
  (verdict === 'accept' ? acceptSuggestionsIn : rejectSuggestionsIn)(tr, new Set([id]));
  return decisionIn(tr.setMeta(REVIEW_EDIT, true));
};

describe('a decided suggestion', () => {
  it('is an accept when an inserted word stays or a struck-out word goes, a reject the other way round', () => {
    expect(decided('accept', 'added')).toBe('accept');
    expect(decided('accept', 'gone')).toBe('accept');
    expect(decided('reject', 'added')).toBe('reject');
    expect(decided('reject', 'gone')).toBe('reject');
  });

  it('tells an accepted replacement (one id striking out and adding) from a rejected one', () => {
    const replaced = (verdict: 'accept' | 'reject') => {
      const tr = replacement().state.tr;
      (verdict === 'accept' ? acceptSuggestionsIn : rejectSuggestionsIn)(tr, new Set(['swap']));
      return decisionIn(tr.setMeta(REVIEW_EDIT, true));
    };
    expect(replaced('accept')).toBe('accept');
    expect(replaced('reject')).toBe('reject');
  });

  it('is an accept when Accept all decides both kinds at once', () => {
    const tr = body().state.tr;
    acceptSuggestionsIn(tr, 'all');
    expect(decisionIn(tr.setMeta(REVIEW_EDIT, true))).toBe('accept');
  });

  it('is nothing for typing, or for a transaction the Review section did not make', () => {
    const typed = body().state.tr.insertText('Late news: ', 1);
    expect(decisionIn(typed.setMeta(REVIEW_EDIT, true))).toBeNull();
    const unmarked = body().state.tr;
    rejectSuggestionsIn(unmarked, 'all');
    expect(decisionIn(unmarked)).toBeNull();
  });
});
