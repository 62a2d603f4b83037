// The body's commented words, highlighted while their thread is open: each piece wrapped in a
// <mark> (read as "highlight" by screen readers, so the cue is not colour alone), the thread shown
// in the Review section outlined more strongly. Resolved threads keep their marks in the file but
// show no highlight. Clicking highlighted words shows their thread in the Review section.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface HighlightedThreads {
  /**
   * The open threads (resolved ones are not highlighted), each with what hovering its words and a
   * screen reader's description say of it: "Comment by Sam: Which wall?".
   */
  open: ReadonlyMap<string, string>;
  /** The thread shown in the Review section, outlined more strongly. */
  active: string | null;
}

interface HighlightState extends HighlightedThreads {
  decorations: DecorationSet;
}

export const commentHighlightKey = new PluginKey<HighlightState>('bylineCommentHighlight');

export const HIGHLIGHT_CLASS = 'comment-highlight';

/** Tells the highlight which threads are open and which one is shown. */
export function setHighlightedThreads(tr: Transaction, threads: HighlightedThreads): Transaction {
  return tr.setMeta(commentHighlightKey, threads).setMeta('addToHistory', false);
}

export function highlightedThreads(state: EditorState): HighlightedThreads | undefined {
  return commentHighlightKey.getState(state);
}

export function highlightDecorations(doc: PMNode, { open, active }: HighlightedThreads): DecorationSet {
  if (open.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = String(mark.attrs.threadId);
      if (!open.has(id)) continue;
      decorations.push(
        Decoration.inline(pos, pos + node.nodeSize, {
          nodeName: 'mark',
          class: id === active ? `${HIGHLIGHT_CLASS} comment-active` : HIGHLIGHT_CLASS,
          'data-comment-thread': id,
          title: open.get(id) ?? 'Comment',
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The open threads at a position of the body (the innermost first). */
export function openThreadsAt(state: EditorState, pos: number): string[] {
  const threads = highlightedThreads(state);
  if (!threads) return [];
  const $pos = state.doc.resolve(pos);
  const marks = [...($pos.nodeAfter?.marks ?? []), ...$pos.marks()];
  const ids = marks
    .filter((mark) => mark.type.name === 'comment')
    .map((mark) => String(mark.attrs.threadId))
    .filter((id) => threads.open.has(id));
  return [...new Set(ids)];
}

export interface CommentHighlightStorage {
  /** Called with the thread of the highlighted words clicked. */
  onThreadClick: ((threadId: string) => void) | null;
  /** Called when the toolbar's Comment asks for a new comment on the selection. */
  onCommentRequest: (() => void) | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentHighlight: {
      /** Opens the Review section's composer on the selected words (the toolbar's Comment). */
      requestComment: () => ReturnType;
    };
  }
}

export const CommentHighlight = Extension.create<object, CommentHighlightStorage>({
  name: 'commentHighlight',
  addStorage() {
    return { onThreadClick: null, onCommentRequest: null };
  },
  addCommands() {
    const storage = this.storage;
    return {
      requestComment: () => () => {
        if (!storage.onCommentRequest) return false;
        storage.onCommentRequest();
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightKey,
        state: {
          init: () => ({ open: new Map(), active: null, decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const asked = tr.getMeta(commentHighlightKey) as HighlightedThreads | undefined;
            if (asked) return { ...asked, decorations: highlightDecorations(state.doc, asked) };
            // Typing maps the highlight along; the Review section asks again when the reporter pauses.
            if (tr.docChanged) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
            return value;
          },
        },
        props: {
          decorations: (state) => commentHighlightKey.getState(state)?.decorations,
          handleClick(view, pos) {
            const [thread] = openThreadsAt(view.state, pos);
            if (thread !== undefined) storage.onThreadClick?.(thread);
            return false;
          },
        },
      }),
    ];
  },
});

/** Who hears about clicks on highlighted words and the toolbar's Comment; returns the undo. */
export function onHighlightRequests(
  editor: Editor,
  handlers: { onThreadClick: (threadId: string) => void; onCommentRequest: () => void },
): () => void {
  const storage = (editor.storage as unknown as { commentHighlight?: CommentHighlightStorage }).commentHighlight;
  if (!storage) return () => undefined;
  Object.assign(storage, handlers);
  return () => {
    if (storage.onThreadClick === handlers.onThreadClick) storage.onThreadClick = null;
    if (storage.onCommentRequest === handlers.onCommentRequest) storage.onCommentRequest = null;
  };
}
