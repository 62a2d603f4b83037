// Find and replace in the body: highlights every match, steps through them, replaces one or all.
import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { EMPTY_FIND, applyFind, findPluginKey, type FindAction, type FindPluginState } from './find-state';
import { replacementAt, replacements, type FoundMatches } from './replacement';
import type { FindQuery } from './search';

export type FindReplaceOptions = Record<string, never>;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Looks for `query` and makes the first match at or after the cursor current. */
      setFindQuery: (query: FindQuery) => ReturnType;
      /** Selects the next match (wrapping at the end) and scrolls it into view. */
      findNext: () => ReturnType;
      /** Selects the previous match (wrapping at the start) and scrolls it into view. */
      findPrevious: () => ReturnType;
      /**
       * Replaces the current match and moves on to the next one; one undo step. With a regular
       * expression, `$1` and its kin in `replacement` take the match's groups (see replacement.ts).
       */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one transaction, so a single undo brings them all back. */
      replaceAll: (replacement: string) => ReturnType;
      /** Forgets the query and removes the highlights. */
      clearFind: () => ReturnType;
    };
  }
}

function act(tr: Transaction, action: FindAction): Transaction {
  return tr.setMeta(findPluginKey, action);
}

export const FindReplace = Extension.create<FindReplaceOptions>({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: findPluginKey,
        state: { init: () => EMPTY_FIND, apply: applyFind },
        props: { decorations: (state) => findPluginKey.getState(state)?.decorations },
      }),
    ];
  },

  addCommands() {
    const step =
      (direction: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: { state: EditorState; tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        const find = findPluginKey.getState(state) ?? EMPTY_FIND;
        const total = find.matches.length;
        if (total === 0) return false;
        const index = nextIndex(find.current, total, direction, state.selection.from, find.matches);
        const match = find.matches[index]!;
        if (dispatch) {
          tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
          act(tr, { type: 'setCurrent', index });
        }
        return true;
      };

    return {
      setFindQuery:
        (query) =>
        ({ state, tr, dispatch }) => {
          if (dispatch) act(tr, { type: 'setQuery', query, near: state.selection.from });
          return true;
        },
      findNext: step(1),
      findPrevious: step(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findPluginKey.getState(state) ?? EMPTY_FIND;
          const match = find.matches[find.current];
          const found = foundMatches(find);
          const replaced = match && found ? replacementAt(state.doc, match, found, replacement) : null;
          if (!match || !replaced) return false;
          if (dispatch) {
            closeHistory(tr);
            tr.insertText(replaced.text, match.from, match.to);
            act(tr, { type: 'currentNear', near: tr.mapping.map(match.to) });
            const following = find.matches[find.current + 1];
            if (following) {
              const from = tr.mapping.map(following.from, 1);
              const to = tr.mapping.map(following.to, -1);
              tr.setSelection(TextSelection.create(tr.doc, from, to)).scrollIntoView();
            }
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const found = foundMatches(findPluginKey.getState(state) ?? EMPTY_FIND);
          if (!found || found.matches.length === 0) return false;
          if (dispatch) {
            closeHistory(tr);
            const all = replacements(state.doc, found, replacement);
            // Right to left, so the positions of matches not yet replaced stay valid.
            for (let i = all.length - 1; i >= 0; i--) {
              const { from, to, text } = all[i]!;
              tr.insertText(text, from, to);
            }
            act(tr, { type: 'currentNear', near: 0 });
          }
          return true;
        },
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) act(tr, { type: 'clear' });
          return true;
        },
    };
  },
});

function foundMatches({ query, pattern, matches }: FindPluginState): FoundMatches | null {
  return query && pattern ? { query, pattern, matches } : null;
}

/** From no current match, the next step goes to the first match after the cursor (or before it, going back). */
function nextIndex(
  current: number,
  total: number,
  direction: 1 | -1,
  cursor: number,
  matches: { from: number }[],
): number {
  if (current >= 0) return (current + direction + total) % total;
  if (direction === 1) {
    const after = matches.findIndex((m) => m.from >= cursor);
    return after === -1 ? 0 : after;
  }
  for (let i = total - 1; i >= 0; i--) if (matches[i]!.from < cursor) return i;
  return total - 1;
}
