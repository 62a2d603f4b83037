// @vitest-environment jsdom
// The pull quote: stored, rendered, read back and typed into like the rest of the body.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { checkBody, type BodyJSON } from '../../../core/body/schema';
import { cursorAfter, newsroomEditor, paragraphsText, press, type } from './typing';

let editor: Editor;
afterEach(() => editor?.destroy());

const pullQuote: BodyJSON = {
  type: 'pullQuote',
  content: [
    {
      type: 'pullQuoteText',
      content: [
        { type: 'text', text: 'We will rebuild, ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'street by street' },
      ],
    },
    {
      type: 'pullQuoteAttribution',
      content: [
        { type: 'text', text: 'Mayor Ana Ruiz, ' },
        { type: 'text', marks: [{ type: 'italic' }], text: 'at the vigil' },
      ],
    },
  ],
};
const body: BodyJSON = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
    pullQuote,
    { type: 'paragraph', content: [{ type: 'text', text: 'After.' }] },
  ],
};

describe('pull quote in the stored body', () => {
  it('validates as part of an article body', () => {
    expect(checkBody(body).ok).toBe(true);
  });

  it('refuses a pull quote without its attribution line, or with a bold attribution', () => {
    expect(checkBody({ type: 'doc', content: [{ type: 'pullQuote', content: [pullQuote.content![0]!] }] }).ok).toBe(
      false,
    );
    const boldCredit = structuredClone(pullQuote);
    boldCredit.content![1]!.content![1]!.marks = [{ type: 'bold' }];
    expect(checkBody({ type: 'doc', content: [boldCredit] }).ok).toBe(false);
  });

  it('survives JSON and HTML round trips unchanged', () => {
    editor = newsroomEditor(body);
    expect(editor.getJSON()).toEqual(body);
    const html = editor.getHTML();
    expect(html).toContain(
      '<figure data-type="pull-quote"><blockquote><p>We will rebuild, <strong>street by street</strong></p></blockquote><figcaption>Mayor Ana Ruiz, <em>at the vigil</em></figcaption></figure>',
    );
    editor.commands.setContent(html);
    expect(editor.getJSON()).toEqual(body);
  });

  it('a plain block quotation stays a block quotation, not a pull quote', () => {
    editor = newsroomEditor('<blockquote><p>Said elsewhere.</p></blockquote>');
    expect(editor.getJSON().content![0]!.type).toBe('blockquote');
  });
});

describe('pull quote commands and keys', () => {
  it('setPullQuote turns the paragraph into a quote with an empty attribution; unsetPullQuote gives the text back', () => {
    editor = newsroomEditor('<p>Intro.</p><p>Nobody saw it coming</p>');
    cursorAfter(editor, 'Nobody');
    expect(editor.commands.setPullQuote()).toBe(true);
    expect(editor.getJSON().content![1]).toEqual({
      type: 'pullQuote',
      content: [
        { type: 'pullQuoteText', content: [{ type: 'text', text: 'Nobody saw it coming' }] },
        { type: 'pullQuoteAttribution' },
      ],
    });
    type(editor, '.');
    // The editor keeps an empty paragraph after a final pull quote, so the story can go on.
    expect(paragraphsText(editor)).toEqual(['Intro.', 'Nobody saw it coming.', '', '']);
    expect(editor.commands.unsetPullQuote()).toBe(true);
    expect(editor.getJSON().content!.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(paragraphsText(editor)).toEqual(['Intro.', 'Nobody saw it coming.', '']);
  });

  it('Enter in the attribution of a final pull quote moves into the empty paragraph after it', () => {
    editor = newsroomEditor('<p>Last word</p>');
    cursorAfter(editor, 'Last word');
    editor.commands.setPullQuote();
    press(editor, 'Enter');
    press(editor, 'Enter');
    type(editor, 'More');
    expect(paragraphsText(editor)).toEqual(['Last word', '', 'More']);
  });

  it('unsetPullQuote keeps a written attribution as its own paragraph', () => {
    editor = newsroomEditor(body);
    cursorAfter(editor, 'We will');
    editor.commands.unsetPullQuote();
    expect(paragraphsText(editor)).toEqual([
      'Before.',
      'We will rebuild, street by street',
      'Mayor Ana Ruiz, at the vigil',
      'After.',
    ]);
  });

  it('setPullQuote does nothing outside a paragraph', () => {
    editor = newsroomEditor('<h2>Subhead</h2>');
    cursorAfter(editor, 'Sub');
    expect(editor.commands.setPullQuote()).toBe(false);
  });

  it('Enter at the end of the quote goes to the attribution; Enter there leaves the figure', () => {
    editor = newsroomEditor('<p>Quote me</p><h2>Next section</h2>');
    cursorAfter(editor, 'Quote me');
    editor.commands.setPullQuote();
    expect(press(editor, 'Enter')).toBe(true);
    type(editor, 'A source');
    expect(press(editor, 'Enter')).toBe(true);
    type(editor, 'Next paragraph');
    expect(editor.getJSON().content).toEqual([
      {
        type: 'pullQuote',
        content: [
          { type: 'pullQuoteText', content: [{ type: 'text', text: 'Quote me' }] },
          { type: 'pullQuoteAttribution', content: [{ type: 'text', text: 'A source' }] },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Next paragraph' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Next section' }] },
      { type: 'paragraph' },
    ]);
  });
});
