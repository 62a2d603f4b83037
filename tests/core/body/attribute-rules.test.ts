// @vitest-environment jsdom
// Every attribute of every node and mark in the body has a rule, checked by the schema itself:
// the readers of files (bodySchema) and the editor refuse the same wrongly typed values, and the
// values the editor writes itself (from pasted HTML too) keep passing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { AttributeError } from '../../../core/body/attribute-rules';
import { bodySchema, type BodyJSON } from '../../../core/body/schema';
import { newsroomEditor } from './typing';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const linkedDoc = (attrs: unknown): BodyJSON => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: attrs as Record<string, unknown> }] }],
    },
  ],
});

describe('attribute rules', () => {
  it('give every attribute of every node and mark of the schema a check', () => {
    const schema = bodySchema();
    const unchecked = [...Object.values(schema.nodes), ...Object.values(schema.marks)].flatMap((type) =>
      Object.entries(type.spec.attrs ?? {})
        .filter(([, spec]) => typeof spec.validate !== 'function')
        .map(([name]) => `${type.name}.${name}`),
    );
    expect(unchecked).toEqual([]);
    // Not vacuous: the attributes the issue names are among those checked.
    expect(Object.keys(schema.marks.link!.spec.attrs ?? {})).toEqual(
      expect.arrayContaining(['href', 'target', 'rel', 'title']),
    );
    expect(Object.keys(schema.marks.quote!.spec.attrs ?? {})).toEqual(['quoteId', 'sourceId']);
    expect(Object.keys(schema.nodes.heading!.spec.attrs ?? {})).toEqual(['level']);
  });

  it('are the editor’s too: it refuses a link whose address is null, as the file readers do', () => {
    editor = newsroomEditor();
    expect(() => editor!.schema.nodeFromJSON(linkedDoc({ href: null })).check()).toThrow(AttributeError);
    expect(() =>
      bodySchema()
        .nodeFromJSON(linkedDoc({ href: null }))
        .check(),
    ).toThrow(/a link's address \(href\) must be text, not null/);
  });

  it('let the editor keep what pasted HTML gives it: a numeric title, a list starting at no number', () => {
    editor = newsroomEditor(
      '<p><a href="https://example.com" title="2024">report</a></p><ol start="x"><li><p>one</p></li></ol>',
    );
    const json = editor.getJSON() as BodyJSON;
    expect(() =>
      bodySchema()
        .nodeFromJSON(JSON.parse(JSON.stringify(json)))
        .check(),
    ).not.toThrow();
    expect(json.content?.[0]?.content?.[0]?.marks?.[0]).toMatchObject({
      type: 'link',
      attrs: { href: 'https://example.com', title: 2024 },
    });
  });

  it('keep the commands that set attributes working', () => {
    editor = newsroomEditor('<p>Why it matters</p>');
    expect(editor.commands.setHeading({ level: 3 })).toBe(true);
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
  });
});
