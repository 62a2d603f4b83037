// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, editingExtensions } from '../../../core/body/editing';
import { bodyExtensions } from '../../../core/body/extensions';
import { tiptapBody } from '../../../renderer/editor/tiptapBody';
import { doc, p } from '../../builders/body';
import { paragraphs } from '../fakeApi';

let editor: Editor | null = null;

function setup() {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyExtensions(),
    enableContentCheck: true,
  });
  const body = tiptapBody(editor);
  let edits = 0;
  body.watchEdits(() => edits++);
  return { editor, body, edits: () => edits };
}

describe('tiptapBody', () => {
  afterEach(() => editor?.destroy());

  it('loading an article does not count as an unsaved edit', () => {
    const { body, edits } = setup();
    expect(body.load(paragraphs('From disk'), true)).toBeNull();
    expect(body.read()).toEqual(paragraphs('From disk'));
    expect(edits()).toBe(0);
  });

  it('typing counts as an edit, moving the selection does not', () => {
    const { editor, body, edits } = setup();
    body.load(paragraphs('Lede'), true);
    editor.commands.setTextSelection(2);
    expect(edits()).toBe(0);
    editor.commands.insertContent('x');
    expect(edits()).toBe(1);
  });

  it('undo cannot reach back into the previously loaded article', () => {
    const { editor, body } = setup();
    body.load(paragraphs('First'), true);
    editor.commands.insertContent('typed');
    body.load(paragraphs('Second'), true);
    editor.commands.undo();
    expect(body.read()).toEqual(paragraphs('Second'));
  });

  it('reports content the schema cannot hold and leaves the editor read-only', () => {
    const { editor, body, edits } = setup();
    const problem = body.load({ type: 'doc', content: [{ type: 'table' }] }, true);
    expect(problem).toMatch(/table/i);
    expect(editor.isEditable).toBe(false);
    expect(edits()).toBe(0);
  });
});

describe('an empty body', () => {
  it('says where the story goes as soon as an editable article is loaded', () => {
    const empty = new Editor({
      element: document.createElement('div'),
      extensions: editingExtensions({ smartTypography: () => true }),
      editable: false,
    });
    tiptapBody(empty).load({ type: 'doc', content: [{ type: 'paragraph' }] }, true);
    expect(empty.view.dom.querySelector('.is-empty')?.getAttribute('data-placeholder')).toBe(BODY_PLACEHOLDER);
    tiptapBody(empty).load({ type: 'doc', content: [{ type: 'paragraph' }] }, false);
    expect(empty.view.dom.querySelector('.is-empty')).toBeNull();
    empty.destroy();
  });

  it('says so too when the article open before it had a story (New article after another article)', () => {
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: editingExtensions({ smartTypography: () => true }),
    });
    const body = tiptapBody(editor);
    body.load(doc(p('The council voted on Monday.')), true);
    expect(editor.view.dom.querySelector('[data-placeholder]:not([data-placeholder=""])')).toBeNull();
    body.load(doc(p()), true);
    expect(editor.view.dom.querySelector('.is-empty')?.getAttribute('data-placeholder')).toBe(BODY_PLACEHOLDER);
    editor.destroy();
  });
});
