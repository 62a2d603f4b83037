// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { paragraphs, renderBody } from './bodyHarness';

afterEach(() => cleanup());

const story = () => paragraphs('Rain fell. The rain in Spain, more rain.', 'Drain the RAIN barrel.');

function openFind(editor: ReturnType<typeof renderBody>['editor'], key: 'f' | 'h') {
  fireEvent.keyDown(editor().view.dom, { key, ctrlKey: true });
  return screen.getByRole('search', { name: 'Find and replace' });
}

/** The current match's text; decorations may split it into several elements. */
const currentMatch = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('.find-match-current')].map((element) => element.textContent).join('');

const count = () => screen.getByRole('status', { name: 'Match count' }).textContent;
const replaced = () => screen.getByRole('status', { name: 'Replaced' }).textContent;

describe('find and replace', () => {
  it('Ctrl+F focuses Find, counts matches, and steps with Enter and Shift+Enter', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    expect(document.activeElement).toBe(find);
    fireEvent.change(find, { target: { value: 'rain' } });
    expect(count()).toBe('1 of 5');
    fireEvent.keyDown(find, { key: 'Enter' });
    expect(count()).toBe('2 of 5');
    fireEvent.keyDown(find, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(find, { key: 'Enter', shiftKey: true });
    expect(count()).toBe('5 of 5');
    expect(editor().view.dom.querySelectorAll('.find-match-current')).toHaveLength(1);
  });

  it('narrows with Whole word and Match case, and says when nothing matches', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'rain' } });
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Whole word' }));
    expect(count()).toBe('1 of 4');
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Match case' }));
    expect(count()).toBe('1 of 2');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'snow' } });
    expect(count()).toBe('No matches');
  });

  it('Ctrl+H focuses Find, not Replace with; Replace all says how many it replaced and is undone in one step', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'h');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    expect(document.activeElement).toBe(find);
    fireEvent.change(find, { target: { value: 'rain' } });
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Whole word' }));
    fireEvent.change(within(bar).getByRole('textbox', { name: 'Replace with' }), { target: { value: 'snow' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace all' }));
    expect(editor().getText({ blockSeparator: '\n' })).toBe(
      'snow fell. The snow in Spain, more snow.\nDrain the snow barrel.',
    );
    expect(count()).toBe('No matches');
    expect(replaced()).toBe('4 replaced');
    act(() => {
      editor().commands.undo();
    });
    expect(editor().getText({ blockSeparator: '\n' })).toBe(
      'Rain fell. The rain in Spain, more rain.\nDrain the RAIN barrel.',
    );
  });

  it('Replace all with nothing left says "Nothing to replace"; a new query clears the report', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'h');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    fireEvent.change(find, { target: { value: 'Spain' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace all' }));
    expect(replaced()).toBe('1 replaced');
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace all' }));
    expect(replaced()).toBe('Nothing to replace');
    fireEvent.change(find, { target: { value: 'rain' } });
    expect(replaced()).toBe('');
  });

  it('fills Find with the words selected in the body, and not with a selection over two paragraphs', () => {
    const { editor } = renderBody(story());
    act(() => {
      editor().view.focus();
      editor().commands.setTextSelection({ from: 21, to: 26 });
    });
    const bar = openFind(editor, 'h');
    const find = within(bar).getByRole('searchbox', { name: 'Find' }) as HTMLInputElement;
    expect(find.value).toBe('in Sp');
    expect(count()).toBe('1 of 1');
    fireEvent.keyDown(find, { key: 'Escape' });

    act(() => {
      editor().view.focus();
      editor().commands.setTextSelection({ from: 3, to: 50 });
    });
    const again = openFind(editor, 'f');
    expect((within(again).getByRole('searchbox', { name: 'Find' }) as HTMLInputElement).value).toBe('');
  });

  it('Ctrl+H pressed inside the bar keeps the query typed there', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    const find = within(bar).getByRole('searchbox', { name: 'Find' }) as HTMLInputElement;
    fireEvent.change(find, { target: { value: 'rain' } });
    fireEvent.keyDown(find, { key: 'Enter' });
    fireEvent.keyDown(find, { key: 'h', ctrlKey: true });
    expect(find.value).toBe('rain');
    expect(document.activeElement).toBe(find);
  });

  it('Replace changes the current match only and moves on', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'h');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'Spain' } });
    fireEvent.change(within(bar).getByRole('textbox', { name: 'Replace with' }), { target: { value: 'Portugal' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace' }));
    expect(editor().getText()).toContain('The rain in Portugal, more rain.');
  });

  it('Escape closes the bar and clears the highlights from the body', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: 'rain' } });
    expect(editor().view.dom.querySelectorAll('.find-match').length).toBeGreaterThan(0);
    fireEvent.keyDown(within(bar).getByRole('searchbox', { name: 'Find' }), { key: 'Escape' });
    expect(screen.queryByRole('search', { name: 'Find and replace' })).toBeNull();
    expect(editor().view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('opens from the workspace menu command through the pane handle, the cursor in Find', () => {
    const { pane } = renderBody(story());
    act(() => pane.current?.openFind('replace'));
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find' }));
  });

  it(`finds “don’t” when "don't" is typed, and Replace puts the replacement there`, () => {
    const { editor } = renderBody(paragraphs('“I don’t know,” she said — twice…'));
    const bar = openFind(editor, 'h');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: `"I don't` } });
    expect(count()).toBe('1 of 1');
    expect(currentMatch(editor())).toBe('“I don’t');
    fireEvent.change(within(bar).getByRole('textbox', { name: 'Replace with' }), { target: { value: '“We don’t' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace' }));
    expect(editor().getText()).toBe('“We don’t know,” she said — twice…');
  });

  it('Regular expression finds by pattern and Replace all fills in its groups', () => {
    const { editor } = renderBody(paragraphs('Smith, John and Ruiz, Ana.'));
    const bar = openFind(editor, 'h');
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Regular expression' }));
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: '(\\w+), (\\w+)' } });
    expect(count()).toBe('1 of 2');
    const replaceWith = within(bar).getByRole('textbox', { name: 'Replace with' });
    expect(replaceWith.getAttribute('placeholder')).toBe('Replace with ($1 for a group)');
    fireEvent.change(replaceWith, { target: { value: '$2 $1' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Replace all' }));
    expect(editor().getText()).toBe('John Smith and Ana Ruiz.');
  });

  it('says in words why an expression is not valid, and marks the field', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Regular expression' }));
    fireEvent.change(find, { target: { value: 'rain(' } });
    const problem = document.getElementById(find.getAttribute('aria-describedby')!);
    expect(problem?.textContent).toBe('Not a valid regular expression: unterminated group.');
    expect(problem?.getAttribute('role')).toBe('status');
    expect(find.getAttribute('aria-invalid')).toBe('true');
    expect(count()).toBe('');
    expect(within(bar).getByRole('button', { name: 'Replace all' })).toHaveProperty('disabled', true);

    fireEvent.change(find, { target: { value: 'rain(s)?' } });
    expect(problem?.textContent).toBe('');
    expect(find.getAttribute('aria-invalid')).toBe('false');
    expect(count()).toBe('1 of 5');
  });

  it('the same text is plain text again once Regular expression is off', () => {
    const { editor } = renderBody(paragraphs('Price (est.) rose; prices rose.'));
    const bar = openFind(editor, 'f');
    fireEvent.change(within(bar).getByRole('searchbox', { name: 'Find' }), { target: { value: '(est.)' } });
    expect(count()).toBe('1 of 1');
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Regular expression' }));
    // As an expression, "(est.)" is "est" and any one character.
    expect(count()).toBe('1 of 1');
    expect(currentMatch(editor())).toBe('est.');
  });

  it('Alt+C, Alt+W and Alt+R toggle the options from the keyboard', () => {
    const { editor } = renderBody(story());
    const bar = openFind(editor, 'f');
    const find = within(bar).getByRole('searchbox', { name: 'Find' });
    fireEvent.change(find, { target: { value: 'rain' } });
    const box = (name: string) => within(bar).getByRole('checkbox', { name }) as HTMLInputElement;
    fireEvent.keyDown(find, { key: 'w', code: 'KeyW', altKey: true });
    expect(box('Whole word').checked).toBe(true);
    expect(count()).toBe('1 of 4');
    // macOS types "ç" for Option+C: the key's place decides.
    fireEvent.keyDown(find, { key: 'ç', code: 'KeyC', altKey: true });
    expect(box('Match case').checked).toBe(true);
    expect(count()).toBe('1 of 2');
    fireEvent.keyDown(find, { key: 'r', code: 'KeyR', altKey: true });
    expect(box('Regular expression').checked).toBe(true);
    expect(document.activeElement).toBe(find);
  });
});
