// The desk's marks in the body: what a comment thread is about, and the words a suggested edit
// would add or take away. They carry ids (and who and when), never text of their own: the thread
// itself lives in the article's review (core/review/review.ts). None of them ever reaches a
// reader: every export and copy reads the body as it stands (core/review/as-it-stands.ts).
import { Mark, mergeAttributes } from '@tiptap/core';

/** A range of the body a comment thread is on. Threads may overlap, so the mark never excludes itself. */
export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-thread-id'),
        renderHTML: (attributes: { threadId: string | null }) =>
          attributes.threadId ? { 'data-thread-id': attributes.threadId } : {},
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-thread-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'commented' }, HTMLAttributes), 0];
  },
});

/** Who suggested an edit and when: the same on every piece of one suggestion. */
const suggestionAttributes = () => ({
  id: { default: null, rendered: false },
  by: { default: null, rendered: false },
  at: { default: null, rendered: false },
});

/** Words a suggestion would add: shown, not yet part of the text as it stands. */
export const InsertionMark = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'insertion',
  addAttributes: suggestionAttributes,
  parseHTML() {
    return [{ tag: 'ins[data-suggestion-id]' }];
  },
  renderHTML({ HTMLAttributes, mark }) {
    return ['ins', mergeAttributes(HTMLAttributes, suggestionData(mark.attrs)), 0];
  },
});

/**
 * Words a suggestion would take away: still part of the text as it stands until accepted.
 * Two people may suggest deleting overlapping words; each keeps its own mark.
 */
export const DeletionMark = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: '',
  addAttributes: suggestionAttributes,
  parseHTML() {
    return [{ tag: 'del[data-suggestion-id]' }];
  },
  renderHTML({ HTMLAttributes, mark }) {
    return ['del', mergeAttributes(HTMLAttributes, suggestionData(mark.attrs)), 0];
  },
});

function suggestionData(attrs: Record<string, unknown>): Record<string, string> {
  const by = String(attrs.by ?? '');
  return {
    'data-suggestion-id': String(attrs.id ?? ''),
    'data-by': by,
    'data-at': String(attrs.at ?? ''),
    // Who suggested it, on hover in the editor (the desk's marks never reach an export).
    title: `Suggested by ${by || 'someone'}`,
  };
}
