// Suggest mode: while it is on, what the person types, deletes or pastes in the body is recorded
// as a suggestion (insertion and deletion marks with their name and the time) instead of changing
// the words. Deleting words they themselves suggested adding removes them for real; typing on
// from their own suggestion carries it on, so a typed word is one suggestion, not one per letter.
//
// Usage (the editor):
//   const editor = new Editor({ extensions: [...bodyExtensions(), SuggestMode.configure({
//     user: () => ({ name: settings.userName }), // who is suggesting, asked at each edit
//     now: () => new Date().toISOString(),        // when
//     newId: () => crypto.randomUUID(),           // the id a new suggestion gets
//   })] });
//   editor.commands.setSuggesting(true);  // or toggleSuggesting()
//   isSuggesting(editor.state);           // for the status bar's Suggesting toggle
//   editor.commands.acceptSuggestions(new Set([id]));  // or 'all', or { by: name }; rejectSuggestions alike
//
// What it does not suggest (these edits are made as they are, even while suggesting):
// formatting (bold, italic, links, a paragraph turned into a subhead or a list) and a paragraph
// break on its own. Enter splits the paragraph for real (what is typed after it is suggested);
// Backspace at the start of a paragraph only moves back into the one before. Paragraph breaks
// that come with words are followed: a deletion from the words of one paragraph into the next
// strikes out the words and, accepted, joins the two; a paste of several paragraphs into one
// marks every pasted word and, rejected, joins the paragraph it split (pasted between
// paragraphs, one empty paragraph stays).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { deleteThroughEditor, type DeletionInput } from './suggestions/deletion-keys';
import { acceptSuggestionsIn, rejectSuggestionsIn, type SuggestionChoice } from './suggestions/decide';
import { suggestingTransaction } from './suggestions/suggest-transaction';

export interface SuggestModeOptions {
  /** Who is suggesting: their name goes on each suggestion (`by`). */
  user: () => { name: string };
  /** The time a suggestion is made, as an ISO 8601 instant. */
  now: () => string;
  /** A new suggestion's id, unique in the article. */
  newId: () => string;
}

interface SuggestModeState {
  on: boolean;
}

export const suggestModeKey = new PluginKey<SuggestModeState>('suggestMode');

/** Set on a transaction that must change the words as they are even while suggesting (accept, reject, load). */
export const SUGGEST_BYPASS = 'suggestModeBypass';

/** Whether Suggest mode is on in this editor state. */
export function isSuggesting(state: EditorState): boolean {
  return suggestModeKey.getState(state)?.on ?? false;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Turns Suggest mode on or off. */
      setSuggesting: (on: boolean) => ReturnType;
      toggleSuggesting: () => ReturnType;
      /** Makes the chosen suggestions part of the text (one Undo brings them back as suggestions). */
      acceptSuggestions: (which: SuggestionChoice) => ReturnType;
      /** Takes the chosen suggestions back. */
      rejectSuggestions: (which: SuggestionChoice) => ReturnType;
    };
  }
}

/**
 * The transactions Suggest mode leaves alone: nothing to suggest (a selection, a mark on a
 * comment), Undo and Redo (they take back what was suggested), an article being loaded, and
 * accepting or rejecting.
 */
export function suggestsOn(state: EditorState, tr: Transaction): boolean {
  return (
    isSuggesting(state) &&
    tr.docChanged &&
    tr.before === state.doc &&
    !tr.getMeta(SUGGEST_BYPASS) &&
    !tr.getMeta('history$') &&
    tr.getMeta('addToHistory') !== false &&
    tr.getMeta('preventUpdate') !== true
  );
}

/** The plugin that holds whether Suggest mode is on (for an EditorState made without TipTap's Editor, as in tests). */
export function suggestModePlugin(on = false): Plugin<SuggestModeState> {
  return new Plugin<SuggestModeState>({
    key: suggestModeKey,
    state: {
      init: () => ({ on }),
      apply: (tr, value) => {
        const next = tr.getMeta(suggestModeKey) as boolean | undefined;
        return next === undefined || next === value.on ? value : { on: next };
      },
    },
    props: {
      handleDOMEvents: {
        // Backspace and Delete as the browser would make them, but through the editor: see deletion-keys.ts.
        beforeinput: (view, event) =>
          isSuggesting(view.state) && !view.composing && deleteThroughEditor(view, event as unknown as DeletionInput),
      },
    },
  });
}

let counter = 0;
const fallbackId = () =>
  `s${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: 'suggestMode',

  addOptions() {
    return {
      user: () => ({ name: 'Unknown' }),
      now: () => new Date().toISOString(),
      newId: fallbackId,
    };
  },

  addProseMirrorPlugins() {
    return [suggestModePlugin()];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!suggestsOn(state, transaction)) {
      next(transaction);
      return;
    }
    const who = { id: this.options.newId(), by: this.options.user().name, at: this.options.now() };
    next(suggestingTransaction(state, transaction, who));
  },

  addCommands() {
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestModeKey, on);
          return true;
        },
      toggleSuggesting:
        () =>
        ({ state, tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestModeKey, !isSuggesting(state));
          return true;
        },
      acceptSuggestions:
        (which) =>
        ({ tr, dispatch }) => {
          if (!dispatch) return true;
          tr.setMeta(SUGGEST_BYPASS, true);
          return acceptSuggestionsIn(tr, which) > 0;
        },
      rejectSuggestions:
        (which) =>
        ({ tr, dispatch }) => {
          if (!dispatch) return true;
          tr.setMeta(SUGGEST_BYPASS, true);
          return rejectSuggestionsIn(tr, which) > 0;
        },
    };
  },
});
