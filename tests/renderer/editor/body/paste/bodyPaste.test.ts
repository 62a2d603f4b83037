// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editingExtensions } from '../../../../../core/body/editing';
import { bodyExtensions } from '../../../../../core/body/extensions';
import {
  a,
  asStored,
  b,
  blockquote,
  br,
  doc,
  h,
  hr,
  i,
  li,
  ol,
  p,
  pullQuote,
  ul,
  type BodyJSON,
} from '../../../../builders/body';
import { BodyPaste } from '../../../../../renderer/editor/body/paste/bodyPaste';
import googleDocsHtml from '../../fixtures/google-docs-clipboard.html?raw';
import wordHtml from '../../fixtures/word-clipboard.html?raw';

let editor: Editor | null = null;
// jsdom has no ClipboardEvent; ProseMirror only hands the event on to paste handlers.
const pasteEvent = () => new Event('paste') as ClipboardEvent;

function pasteHTML(html: string): BodyJSON {
  editor = new Editor({ element: document.createElement('div'), extensions: [...bodyExtensions(), BodyPaste] });
  editor.view.pasteHTML(html, pasteEvent());
  return editor.getJSON() as BodyJSON;
}

function pasteText(text: string): BodyJSON {
  editor = new Editor({ element: document.createElement('div'), extensions: [...bodyExtensions(), BodyPaste] });
  editor.view.pasteText(text, pasteEvent());
  return editor.getJSON() as BodyJSON;
}

/** What the editor holds, block by block, for a body written with the test builders. */
const blocks = (...content: BodyJSON[]) => asStored(doc(...content)).content;

describe('pasting from Word', () => {
  afterEach(() => editor?.destroy());

  it('keeps the subhead, paragraphs, bold, italic, the link and the bulleted list, and nothing of Word', () => {
    const body = pasteHTML(wordHtml);
    expect(body.content).toEqual(
      blocks(
        h(2, 'Floods close the Kabul road'),
        p(
          'Heavy rain closed the ',
          b('main highway'),
          ' on Tuesday, officials said, and ',
          i('thousands'),
          ' of travellers were stranded.',
        ),
        p('Read the ', a('https://example.org/report', 'full report'), ' from the ministry.'),
        ul(li(p('Roads closed in three provinces')), li(p('Schools shut until Friday'))),
        // A slice ending in a list leaves the empty document's own paragraph after it, as in the app.
        p(),
      ),
    );
    expect(JSON.stringify(body)).not.toMatch(/mso|Symbol|·|Calibri/);
  });
});

describe('pasting from Google Docs', () => {
  afterEach(() => editor?.destroy());

  it('turns weight and style spans into bold and italic and unwraps the document wrapper', () => {
    const body = pasteHTML(googleDocsHtml);
    expect(body.content).toEqual(
      blocks(
        h(2, 'What happens next'),
        p(
          'The council will vote on ',
          b('Thursday'),
          i(' after a long debate'),
          ', according to ',
          a('https://example.com/agenda', 'the agenda'),
          '.',
        ),
        ul(li(p('Budget')), li(p('Bus lanes'))),
        p(),
      ),
    );
  });
});

describe('pasting from a web page', () => {
  afterEach(() => editor?.destroy());

  it('drops scripts, trackers, forms, images and unsafe links but keeps their readable text', () => {
    const body = pasteHTML(`
      <div class="article" id="main" data-track="x" onclick="steal()">
        <h1 class="title">Minister resigns</h1>
        <script>steal()</script><style>p{color:red}</style>
        <p>She said <a href="javascript:alert(1)">goodbye</a> and <a href="mailto:desk@example.com">wrote to us</a>.</p>
        <img src="https://tracker.example/pixel.gif" width="1" height="1">
        <span style="display:none">tracking-token-123</span>
        <iframe src="https://ads.example"></iframe>
        <form><input value="subscribe"><button>Sign up</button></form>
        <h6>Fine print</h6>
        <blockquote><p>We will rebuild.</p></blockquote>
        <hr>
        <ol><li>One</li></ol>
      </div>`);
    expect(body.content).toEqual(
      blocks(
        h(2, 'Minister resigns'),
        p('She said goodbye and ', a('mailto:desk@example.com', 'wrote to us'), '.'),
        h(4, 'Fine print'),
        blockquote(p('We will rebuild.')),
        hr(),
        ol(li(p('One'))),
        p(),
      ),
    );
    expect(JSON.stringify(body)).not.toMatch(/steal|tracking-token|subscribe|Sign up|javascript/);
  });
});

describe('copying within the body', () => {
  afterEach(() => editor?.destroy());

  it('pastes a copied pull quote back as a pull quote, not as cleaned-up web HTML', () => {
    const copied = doc(pullQuote('We will rebuild', 'The mayor'));
    pasteHTML('<p>x</p>');
    const source = editor!;
    source.commands.setContent(copied);
    const { dom } = source.view.serializeForClipboard(source.state.doc.slice(0, source.state.doc.content.size));
    const body = pasteHTML(dom.innerHTML);
    source.destroy();
    // The paste lands before the empty document's own paragraph; the pull quote is what it was.
    expect(body.content?.[0]).toEqual(blocks(...copied.content!)?.[0]);
  });
});

describe('pasting plain text', () => {
  afterEach(() => editor?.destroy());

  it('makes a paragraph of each blank-line block and a line break of a single break', () => {
    const body = pasteText('First paragraph.\n\nKABUL\nSecond paragraph.\r\n\r\nThird.');
    expect(body.content).toEqual(blocks(p('First paragraph.'), p('KABUL', br(), 'Second paragraph.'), p('Third.')));
  });

  it('makes a paragraph of every line when the text has no blank lines', () => {
    expect(pasteText('One\nTwo').content).toEqual(blocks(p('One'), p('Two')));
  });
});

describe('pasting straight quotes with smart typography on', () => {
  afterEach(() => editor?.destroy());

  const typingEditor = (enabled: boolean) =>
    new Editor({
      element: document.createElement('div'),
      extensions: [...editingExtensions({ smartTypography: () => enabled }), BodyPaste],
    });

  it('turns them as typing does, in plain text and HTML alike: “quotes”, don’t, ’90s, rock ’n’ roll', () => {
    editor = typingEditor(true);
    editor.view.pasteText("\"We'll leave when it's right,\" he said of the '90s and rock 'n' roll.", pasteEvent());
    expect(editor.getText()).toBe('“We’ll leave when it’s right,” he said of the ’90s and rock ’n’ roll.');
    editor.destroy();

    editor = typingEditor(true);
    editor.view.pasteHTML('<p>She said: <b>"Don\'t</b> go."</p>', pasteEvent());
    expect((editor.getJSON() as BodyJSON).content).toEqual(blocks(p('She said: ', b('“Don’t'), ' go.”')));
  });

  it("reads the paragraph pasted into: a pasted 's after a name is an apostrophe, a quote after a space opens", () => {
    editor = typingEditor(true);
    editor.commands.setContent('<p>Stoltenberg</p>');
    editor.commands.focus('end');
    editor.view.pasteText("'s remarks, 'conditions-based'", pasteEvent());
    expect(editor.getText()).toBe('Stoltenberg’s remarks, ‘conditions-based’');
  });

  it('leaves addresses, dashes, dots and a paste with smart typography off as written', () => {
    editor = typingEditor(true);
    editor.view.pasteText('See https://example.org/?q="x" -- 1990-95...', pasteEvent());
    expect(editor.getText()).toBe('See https://example.org/?q="x" -- 1990-95...');
    editor.destroy();

    editor = typingEditor(false);
    editor.view.pasteText('"Straight," she said.', pasteEvent());
    expect(editor.getText()).toBe('"Straight," she said.');
  });
});
