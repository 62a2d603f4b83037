// Marks the top-level blocks around the selection so the stylesheet can let Chromium skip
// laying out every other block of a long article (content-visibility), which is where typing in
// a live blog spends its time. The blocks being typed into, and any block that has just appeared
// beside them, are never skipped: Chromium puts keys typed into a freshly created, skipped block
// into the wrong block.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { revealSelection } from './revealSelection';

/** On the editor once the article is long enough for skipping far blocks to pay. */
export const CONTAINS_FAR_BLOCKS_CLASS = 'contains-far-blocks';
/** On each top-level block close enough to the selection to stay fully laid out. */
export const NEAR_SELECTION_CLASS = 'near-selection';

export interface NearSelectionOptions {
  /** Below this many top-level blocks the page is short and containment only costs. */
  minBlocks: number;
  /** How many blocks on each side of the selection stay fully laid out. */
  radius: number;
  /** How far the selection may wander from the window's centre before the window follows it. */
  slack: number;
}

interface NearWindow {
  centre: number;
  decorations: DecorationSet;
}

export const nearSelectionKey = new PluginKey<NearWindow>('nearSelection');

function selectedBlocks(state: EditorState): { first: number; last: number } {
  const { $from, $to } = state.selection;
  return { first: $from.index(0), last: Math.max($from.index(0), $to.index(0)) };
}

function nearDecorations(state: EditorState, first: number, last: number): DecorationSet {
  const decorations: Decoration[] = [];
  const { doc } = state;
  // Walks only up to the window's end: typing in the opening paragraphs costs nothing per block after it.
  for (let index = 0, offset = 0; index < doc.childCount && index <= last; index++) {
    const size = doc.child(index).nodeSize;
    if (index >= first) decorations.push(Decoration.node(offset, offset + size, { class: NEAR_SELECTION_CLASS }));
    offset += size;
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The window is rebuilt on every change to the document (a block that has just appeared must be
 * in it at once, and mapping old decorations would leave it out) and when the selection strays
 * more than `slack` blocks from the centre; merely moving the caret a line leaves it alone.
 */
function nextWindow(
  state: EditorState,
  previous: NearWindow | null,
  docChanged: boolean,
  options: NearSelectionOptions,
): NearWindow {
  const { first, last } = selectedBlocks(state);
  const stays =
    previous !== null &&
    Math.abs(first - previous.centre) <= options.slack &&
    Math.abs(last - previous.centre) <= options.slack;
  if (stays && !docChanged) return previous;
  const centre = stays ? previous.centre : first;
  const from = Math.max(0, Math.min(centre, first) - options.radius);
  const to = Math.max(centre, last) + options.radius;
  return { centre, decorations: nearDecorations(state, from, to) };
}

export const NearSelection = Extension.create<NearSelectionOptions>({
  name: 'nearSelection',

  addOptions() {
    return { minBlocks: 150, radius: 12, slack: 4 };
  },

  // The browser's own jump to the start or end of the text lands at the start of a skipped block
  // instead (seen end to end), so the editor moves the caret itself: the window follows it first.
  addKeyboardShortcuts() {
    const jump = (toEnd: boolean, extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = toEnd ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
      const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    return {
      'Mod-Home': jump(false, false),
      'Mod-End': jump(true, false),
      'Shift-Mod-Home': jump(false, true),
      'Shift-Mod-End': jump(true, true),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<NearWindow>({
        key: nearSelectionKey,
        state: {
          init: (_, state) => nextWindow(state, null, true, options),
          apply: (tr, previous, _, state) =>
            tr.docChanged || tr.selectionSet ? nextWindow(state, previous, tr.docChanged, options) : previous,
        },
        props: {
          decorations: (state) => nearSelectionKey.getState(state)?.decorations,
          attributes: (state): Record<string, string> =>
            state.doc.childCount >= options.minBlocks ? { class: CONTAINS_FAR_BLOCKS_CLASS } : {},
          // Every scroll to the selection (typing, jumps, Ctrl+End) lands clear of the toolbar and status bar.
          handleScrollToSelection: (view) => revealSelection(view),
        },
      }),
    ];
  },
});
