// The pull-quote block: a line lifted from the story and set large, with who said it.
import { Node, mergeAttributes } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

export interface PullQuoteOptions {
  /** Attributes added to the `<figure>`. @default {} */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the paragraph at the cursor into a pull quote with an empty attribution. */
      setPullQuote: () => ReturnType;
      /** Turns the pull quote at the cursor back into paragraphs, keeping its text. */
      unsetPullQuote: () => ReturnType;
    };
  }
}

export const PullQuoteText = Node.create({
  name: 'pullQuoteText',
  content: 'inline*',
  defining: true,
  parseHTML() {
    // The quote's own <p> holds the content, so it is not read as a second paragraph.
    return [{ tag: 'figure[data-type="pull-quote"] > blockquote', contentElement: 'p', priority: 60 }];
  },
  renderHTML() {
    return ['blockquote', ['p', 0]];
  },
});

export const PullQuoteAttribution = Node.create({
  name: 'pullQuoteAttribution',
  content: 'text*',
  // A name, perhaps a title in italics; bold or links would turn a credit into a headline. The
  // desk's marks (a suggested edit, a comment) are allowed, as on any words.
  marks: 'italic insertion deletion comment',
  defining: true,
  parseHTML() {
    return [{ tag: 'figure[data-type="pull-quote"] > figcaption' }];
  },
  renderHTML() {
    return ['figcaption', 0];
  },
});

export const PullQuote = Node.create<PullQuoteOptions>({
  name: 'pullQuote',
  group: 'block',
  content: 'pullQuoteText pullQuoteAttribution',
  defining: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="pull-quote"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'pull-quote' }), 0];
  },

  addCommands() {
    return {
      setPullQuote:
        () =>
        ({ state, dispatch }) => {
          const tr = wrapParagraphInPullQuote(state);
          if (!tr) return false;
          if (dispatch) dispatch(tr.scrollIntoView());
          return true;
        },
      unsetPullQuote:
        () =>
        ({ state, dispatch }) => {
          const tr = unwrapPullQuote(state);
          if (!tr) return false;
          if (dispatch) dispatch(tr.scrollIntoView());
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { state, view } = editor;
        const tr = enterInPullQuote(state);
        if (!tr) return false;
        view.dispatch(tr.scrollIntoView());
        return true;
      },
    };
  },
});

function wrapParagraphInPullQuote(state: EditorState): Transaction | null {
  const { $from } = state.selection;
  const paragraph = $from.parent;
  if (paragraph.type.name !== 'paragraph') return null;
  const { schema } = state;
  const parent = $from.node($from.depth - 1);
  const index = $from.index($from.depth - 1);
  const pullQuoteType = schema.nodes.pullQuote!;
  if (!parent.canReplaceWith(index, index + 1, pullQuoteType)) return null;
  // Hard breaks come along; marks the quote text cannot hold are left behind by the schema.
  const quote = pullQuoteType.create(null, [
    schema.nodes.pullQuoteText!.create(null, paragraph.content),
    schema.nodes.pullQuoteAttribution!.create(),
  ]);
  const start = $from.before();
  const tr = state.tr.replaceWith(start, $from.after(), quote);
  return tr.setSelection(TextSelection.create(tr.doc, start + 2 + paragraph.content.size));
}

function unwrapPullQuote(state: EditorState): Transaction | null {
  const { $from } = state.selection;
  const depth = ancestorDepth(state, 'pullQuote');
  if (depth === null) return null;
  const figure = $from.node(depth);
  const { paragraph } = state.schema.nodes;
  const [text, attribution] = [figure.child(0), figure.child(1)];
  const paragraphs: PMNode[] = [paragraph!.create(null, text.content)];
  if (attribution.content.size > 0) paragraphs.push(paragraph!.create(null, attribution.content));
  const start = $from.before(depth);
  const tr = state.tr.replaceWith(start, $from.after(depth), paragraphs);
  return tr.setSelection(TextSelection.create(tr.doc, start + 1 + text.content.size));
}

/** Enter ends the quote text by moving to the attribution, and ends the attribution by leaving the figure. */
function enterInPullQuote(state: EditorState): Transaction | null {
  const { selection } = state;
  const { $from } = selection;
  if (!selection.empty) return null;
  const block = $from.parent.type.name;
  if (block === 'pullQuoteText' && $from.parentOffset === $from.parent.content.size) {
    return state.tr.setSelection(TextSelection.create(state.doc, $from.after() + 1));
  }
  if (block === 'pullQuoteAttribution') {
    const after = $from.after($from.depth - 1);
    const next = state.doc.resolve(after).nodeAfter;
    // The empty paragraph the editor keeps after a final block is where the story goes on.
    if (next?.type.name === 'paragraph' && next.content.size === 0) {
      return state.tr.setSelection(TextSelection.create(state.doc, after + 1));
    }
    const tr = state.tr.insert(after, state.schema.nodes.paragraph!.create());
    return tr.setSelection(TextSelection.create(tr.doc, after + 1));
  }
  return null;
}

function ancestorDepth(state: EditorState, name: string): number | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === name) return depth;
  }
  return null;
}
