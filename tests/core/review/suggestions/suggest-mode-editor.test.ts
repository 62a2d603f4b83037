// @vitest-environment jsdom
// Suggest mode in a real TipTap editor: the extension's dispatch hook is what turns keystrokes into
// suggestions, alongside the rest of the body's extensions (smart quotes, undo).
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../core/body/extensions';
import { SmartTypography } from '../../../../core/body/smart-typography';
import { suggestionsIn } from '../../../../core/review/suggestions/list';
import { isSuggesting, SuggestMode } from '../../../../core/review/suggest-mode';
import { doc, node, p } from '../../../builders/body';

const AT = '2026-12-05T10:30:00.000Z';
let editor: Editor;
let ids = 0;

/** Types through the editor's text-input path, so input rules see it as a keystroke would. */
function type(text: string): void {
  for (const character of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const deflt = () => view.state.tr.insertText(character, from, to);
    const handled = view.someProp('handleTextInput', (handler) => handler(view, from, to, character, deflt));
    if (!handled) view.dispatch(deflt());
  }
}

const plain = () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
const original = () => node(doc(p('The council voted.')));

beforeEach(() => {
  ids = 0;
  editor = new Editor({
    extensions: [
      ...bodyExtensions(),
      SmartTypography,
      SuggestMode.configure({ user: () => ({ name: 'Dana Whitfield' }), now: () => AT, newId: () => `dana-${++ids}` }),
    ],
    content: original().toJSON(),
  });
  editor.commands.setSuggesting(true);
});
afterEach(() => editor.destroy());

describe('Suggest mode in the editor', () => {
  it('is switched on and off by its commands', () => {
    expect(isSuggesting(editor.state)).toBe(true);
    editor.commands.toggleSuggesting();
    expect(isSuggesting(editor.state)).toBe(false);
  });

  it('typed words are a suggestion with the name and time it was given, curly quotes and all', () => {
    editor.commands.setTextSelection(13);
    type('"never" ');
    expect(plain()).toBe('The council “never” voted.');
    expect(suggestionsIn(editor.state.doc)).toEqual([
      { id: 'dana-1', kind: 'insert', old: '', new: '“never” ', by: 'Dana Whitfield', at: AT, from: 13, to: 21 },
    ]);
  });

  it('a dash made from a hyphen already there is a replacement, and Backspace after it does not undo the rule over it', () => {
    editor.commands.setContent(node(doc(p('Vote -'))).toJSON(), { emitUpdate: false });
    editor.commands.setTextSelection(7);
    type('-');
    expect(plain()).toBe('Vote -—');
    expect(suggestionsIn(editor.state.doc)).toEqual([expect.objectContaining({ kind: 'replace', old: '-', new: '—' })]);
    const suggested = editor.getJSON();
    // TipTap's Backspace tries this first; undoing the rule by the original's steps would damage the text.
    expect(editor.commands.undoInputRule()).toBe(false);
    expect(editor.getJSON()).toEqual(suggested);
  });

  it('Backspace strikes out, and Undo takes the suggestion back', () => {
    editor.commands.setTextSelection(18);
    // The browser announces the deletion (beforeinput); Suggest mode makes it instead of the browser.
    const backspace = () => {
      const event = new InputEvent('beforeinput', { inputType: 'deleteContentBackward', cancelable: true });
      editor.view.dom.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    };
    for (let n = 0; n < 5; n++) backspace();
    expect(plain()).toBe('The council voted.');
    expect(suggestionsIn(editor.state.doc)).toEqual([expect.objectContaining({ kind: 'delete', old: 'voted' })]);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(original().toJSON());
  });

  it('Delete goes forward over struck-out words, and the browser is left to delete nothing itself', () => {
    editor.commands.setTextSelection(13);
    for (let n = 0; n < 6; n++) {
      const event = new InputEvent('beforeinput', { inputType: 'deleteContentForward', cancelable: true });
      editor.view.dom.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
    expect(suggestionsIn(editor.state.doc)).toEqual([expect.objectContaining({ kind: 'delete', old: 'voted.' })]);
    expect(editor.state.selection.head).toBe(19);
  });

  it('with Suggest mode off, the browser deletes as it always does', () => {
    editor.commands.setSuggesting(false);
    editor.commands.setTextSelection(13);
    const event = new InputEvent('beforeinput', { inputType: 'deleteContentBackward', cancelable: true });
    editor.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('accepting and rejecting from the editor make the text as it would be', () => {
    editor.commands.setTextSelection({ from: 5, to: 12 });
    type('mayor');
    expect(editor.commands.acceptSuggestions('all')).toBe(true);
    expect(editor.getJSON()).toEqual(node(doc(p('The mayor voted.'))).toJSON());
    expect(suggestionsIn(editor.state.doc)).toEqual([]);
  });

  it('an article loaded while suggesting is the article, not a suggestion', () => {
    editor.commands.setContent(node(doc(p('Another story.'))).toJSON(), { emitUpdate: false });
    expect(suggestionsIn(editor.state.doc)).toEqual([]);
  });

  it('off, typing changes the words as they are', () => {
    editor.commands.setSuggesting(false);
    editor.commands.setTextSelection(13);
    type('then ');
    expect(suggestionsIn(editor.state.doc)).toEqual([]);
    expect(plain()).toBe('The council then voted.');
  });
});
