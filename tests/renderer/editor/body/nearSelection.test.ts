// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../core/body/extensions';
import {
  CONTAINS_FAR_BLOCKS_CLASS,
  NEAR_SELECTION_CLASS,
  NearSelection,
} from '../../../../renderer/editor/body/nearSelection';
import { tiptapBody } from '../../../../renderer/editor/tiptapBody';
import { paragraphs, type } from './bodyHarness';

const RADIUS = 12;
const update = (n: number) => `Update ${n}: crews reached the flooded villages.`;
const liveBlog = (count: number) => paragraphs(...Array.from({ length: count }, (_, n) => update(n)));

let editor: Editor;

const blocks = () => [...editor.view.dom.children] as HTMLElement[];
const near = () => blocks().flatMap((block, index) => (block.classList.contains(NEAR_SELECTION_CLASS) ? [index] : []));
const contained = () => editor.view.dom.classList.contains(CONTAINS_FAR_BLOCKS_CLASS);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => from + n);

/** Puts the caret at the end of the nth top-level block. */
function caretAtEndOf(index: number): void {
  let pos = 0;
  for (let n = 0; n <= index; n++) pos += editor.state.doc.child(n).nodeSize;
  editor.commands.setTextSelection(pos - 1);
}

const pressEnter = () => editor.commands.keyboardShortcut('Enter');

/** A key with Ctrl held, as a reporter on Linux or Windows presses it, through the editor's key handling. */
function pressWithCtrl(key: string, shiftKey = false): void {
  const event = new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, bubbles: true });
  editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
}

describe('NearSelection', () => {
  beforeEach(() => {
    editor = new Editor({ element: document.createElement('div'), extensions: [...bodyExtensions(), NearSelection] });
  });
  afterEach(() => editor.destroy());

  it('leaves a short article entirely laid out', () => {
    tiptapBody(editor).load(liveBlog(40), true);
    expect(contained()).toBe(false);
  });

  it('in a long article keeps the block being typed into and its neighbours laid out, and only them', () => {
    tiptapBody(editor).load(liveBlog(300), true);
    caretAtEndOf(150);
    expect(contained()).toBe(true);
    expect(near()).toEqual(range(150 - RADIUS, 150 + RADIUS));
  });

  it('follows the caret when the reporter jumps to a far block', () => {
    tiptapBody(editor).load(liveBlog(300), true);
    caretAtEndOf(20);
    caretAtEndOf(250);
    expect(near()).toContain(250);
    expect(near()).not.toContain(20);
  });

  it('keeps a paragraph, list item, paragraph after a list and pull quote laid out the moment they appear', () => {
    tiptapBody(editor).load(liveBlog(300), true);
    caretAtEndOf(150);
    const typedBlock = () => blocks()[editor.state.selection.$head.index(0)]!;

    pressEnter();
    type(editor, 'Water is receding.');
    expect(typedBlock().classList.contains(NEAR_SELECTION_CLASS)).toBe(true);

    pressEnter();
    editor.commands.toggleBulletList();
    type(editor, 'Roads closed');
    pressEnter();
    type(editor, 'Schools shut');
    expect(typedBlock().tagName).toBe('UL');
    expect(typedBlock().classList.contains(NEAR_SELECTION_CLASS)).toBe(true);

    pressEnter();
    pressEnter();
    type(editor, 'The mayor spoke.');
    pressEnter();
    editor.commands.setPullQuote();
    type(editor, 'We will rebuild');
    expect(typedBlock().tagName).toBe('FIGURE');
    expect(typedBlock().classList.contains(NEAR_SELECTION_CLASS)).toBe(true);

    expect(
      blocks()
        .slice(150, 156)
        .map((block) => block.textContent),
    ).toEqual([
      update(150),
      'Water is receding.',
      'Roads closedSchools shut',
      'The mayor spoke.',
      'We will rebuild',
      update(151),
    ]);
    expect(near()).toEqual(expect.arrayContaining(range(150, 156)));
  });

  it('jumps to the end and the start of the article itself, with the window following the caret', () => {
    tiptapBody(editor).load(liveBlog(300), true);
    caretAtEndOf(150);
    pressWithCtrl('End');
    expect(editor.state.selection.to).toBe(editor.state.doc.content.size - 1);
    expect(near()).toContain(299);
    pressWithCtrl('Home', true);
    expect(editor.state.selection.from).toBe(1);
    expect(editor.state.selection.to).toBe(editor.state.doc.content.size - 1);
    expect(near()).toEqual(expect.arrayContaining([0, 299]));
  });

  it('keeps every selected block laid out when a selection spans many', () => {
    tiptapBody(editor).load(liveBlog(300), true);
    caretAtEndOf(100);
    const from = editor.state.selection.from;
    caretAtEndOf(200);
    editor.commands.setTextSelection({ from, to: editor.state.selection.to });
    expect(near()).toEqual(expect.arrayContaining(range(100, 200)));
  });
});
