// @vitest-environment jsdom
// Links in the body: only web and mail addresses, whether pasted as HTML or set by command.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { bodySchema } from '../../../core/body/schema';
import { editingExtensions } from '../../../core/body/editing';
import { getSchema } from '@tiptap/core';
import { cursorAfter, newsroomEditor } from './typing';

let editor: Editor;
afterEach(() => editor?.destroy());

function linkHrefs(): unknown[] {
  const hrefs: unknown[] = [];
  editor.state.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'link') hrefs.push(mark.attrs.href);
  });
  return hrefs;
}

describe('links', () => {
  it('drops a javascript: link from pasted HTML but keeps its text', () => {
    editor = newsroomEditor(
      '<p><a href="javascript:alert(1)">click</a> and <a href="https://example.com">read</a></p>',
    );
    expect(linkHrefs()).toEqual(['https://example.com']);
    expect(editor.state.doc.textContent).toBe('click and read');
  });

  it('setLink refuses a javascript: address', () => {
    editor = newsroomEditor('<p>click here</p>');
    cursorAfter(editor, 'click');
    editor.commands.setTextSelection({ from: 1, to: 6 });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(linkHrefs()).toEqual([]);
    expect(editor.commands.setLink({ href: 'https://example.com' })).toBe(true);
    expect(linkHrefs()).toEqual(['https://example.com']);
  });
});

describe('the editing bundle', () => {
  it('adds no node or mark to the stored body schema', () => {
    const editing = getSchema(editingExtensions({ smartTypography: () => true }));
    expect(Object.keys(editing.nodes)).toEqual(Object.keys(bodySchema().nodes));
    expect(Object.keys(editing.marks)).toEqual(Object.keys(bodySchema().marks));
    expect(Object.keys(bodySchema().nodes)).toEqual(
      expect.arrayContaining(['pullQuote', 'pullQuoteText', 'pullQuoteAttribution']),
    );
  });

  it('shows the placeholders of an empty story and of an empty pull quote', () => {
    editor = newsroomEditor();
    expect(editor.view.dom.querySelector('[data-placeholder="Write the story…"]')).not.toBeNull();
    editor.commands.setPullQuote();
    expect(
      editor.view.dom.querySelector(
        'blockquote [data-placeholder="Pull quote"], blockquote[data-placeholder="Pull quote"], [data-placeholder="Pull quote"]',
      ),
    ).not.toBeNull();
  });
});
