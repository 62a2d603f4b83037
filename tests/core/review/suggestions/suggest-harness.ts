// An editor state with Suggest mode's plugin, and edits made through it as the editor would
// dispatch them: each transaction goes through suggestsOn / suggestingTransaction, exactly the
// path SuggestMode's dispatchTransaction hook takes.
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { bodySchema } from '../../../../core/body/schema';
import { suggestModePlugin, suggestsOn } from '../../../../core/review/suggest-mode';
import { suggestingTransaction } from '../../../../core/review/suggestions/suggest-transaction';

export interface Person {
  name: string;
}

export class SuggestingDesk {
  state: EditorState;
  private ids = 0;

  constructor(
    doc: PMNode,
    public person: Person = { name: 'Amina Rahim' },
    on = true,
  ) {
    this.state = EditorState.create({ schema: bodySchema(), doc, plugins: [suggestModePlugin(on)] });
  }

  get doc(): PMNode {
    return this.state.doc;
  }

  /** Dispatches a transaction made from the current state, as the editor's dispatch would. */
  dispatch(make: (state: EditorState) => Transaction): void {
    const tr = make(this.state);
    const final = suggestsOn(this.state, tr)
      ? suggestingTransaction(this.state, tr, {
          id: `${this.person.name.split(' ')[0]!.toLowerCase()}-${++this.ids}`,
          by: this.person.name,
          at: '2026-12-05T10:00:00.000Z',
        })
      : tr;
    this.state = this.state.apply(final);
  }

  /** Puts the cursor (or a selection) at positions of the body. */
  select(from: number, to = from): void {
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, from, to)));
  }

  /** Types the text at the cursor one key at a time, as a person would. */
  type(text: string): void {
    for (const key of text) this.dispatch((state) => state.tr.insertText(key));
  }

  /** Backspace with nothing selected: the character before the cursor (as the editor's keymap makes it). */
  backspace(): void {
    this.dispatch((state) => {
      const { from, to } = state.selection;
      return from === to ? state.tr.delete(from - 1, from) : state.tr.deleteSelection();
    });
  }

  /** Delete with nothing selected: the character after the cursor. */
  forwardDelete(): void {
    this.dispatch((state) => {
      const { from, to } = state.selection;
      return from === to ? state.tr.delete(from, from + 1) : state.tr.deleteSelection();
    });
  }
}
