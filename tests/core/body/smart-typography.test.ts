// @vitest-environment jsdom
// Smart typography: what a reporter types becomes what a sub-editor would have set.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { newsroomEditor, press, type } from './typing';
import { quotesAsTyped } from '../../../core/body/smart-typography';

let editor: Editor;
afterEach(() => editor?.destroy());

function typed(text: string, enabled = true): string {
  editor = newsroomEditor('<p></p>', () => enabled);
  type(editor, text);
  return editor.state.doc.textContent;
}

describe('smart typography as you type', () => {
  it.each([
    ['"Hello," she said.', '\u201CHello,\u201D she said.'],
    ["He said 'no' twice.", 'He said \u2018no\u2019 twice.'],
    ["don't", 'don\u2019t'],
    ["O'Brien", 'O\u2019Brien'],
    ["the '90s", 'the \u201990s'],
    ["'90s music", '\u201990s music'],
    ["rock 'n' roll", 'rock \u2019n\u2019 roll'],
    ["give 'em hell", 'give \u2019em hell'],
    ["the boys' toys", 'the boys\u2019 toys'],
    ['("quoted")', '(\u201Cquoted\u201D)'],
    ['"\'Nested,\' he said"', '\u201C\u2018Nested,\u2019 he said\u201D'],
    ['peace--and then', 'peace\u2014and then'],
    ['London - Paris', 'London \u2013 Paris'],
    ['1990-95 and well-known', '1990-95 and well-known'],
    ['wait...', 'wait\u2026'],
    ['see https://example.com/it\'s--"here"', 'see https://example.com/it\'s--"here"'],
    ["write mailto:o'neil@example.com", "write mailto:o'neil@example.com"],
  ])('%j → %j', (input, expected) => {
    expect(typed(input)).toBe(expected);
  });

  it('leaves text as typed while the setting is off, and follows the setting without a new editor', () => {
    let on = false;
    editor = newsroomEditor('<p></p>', () => on);
    type(editor, '"off" ');
    on = true;
    type(editor, '"on"');
    expect(editor.state.doc.textContent).toBe('"off" \u201Con\u201D');
  });

  it('Backspace right after a replacement gives back what was typed', () => {
    editor = newsroomEditor();
    type(editor, 'wait...');
    expect(editor.state.doc.textContent).toBe('wait\u2026');
    press(editor, 'Backspace');
    expect(editor.state.doc.textContent).toBe('wait...');
  });
});

describe('quotesAsTyped: pasted text through the typing rules', () => {
  it('turns straight quotes and apostrophes as typing them would, and nothing else', () => {
    expect(quotesAsTyped('"It\'s the \'90s," she said -- twice...')).toBe('“It’s the ’90s,” she said -- twice...');
  });

  it('continues the text already in the paragraph', () => {
    expect(quotesAsTyped("'s office", 'Stoltenberg')).toBe('’s office');
    expect(quotesAsTyped("'Now'", 'He said ')).toBe('‘Now’');
  });

  it('keeps a long paste quick: 300,000 characters in well under a second', () => {
    const text = '"We will only leave when the time is right," he said. It\'s time. '.repeat(4600);
    const started = performance.now();
    const turned = quotesAsTyped(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(turned.startsWith('“We will only leave when the time is right,” he said. It’s time. “We')).toBe(true);
  });
});
