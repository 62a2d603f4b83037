// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../core/body/extensions';
import type { BodyJSON } from '../../../../../core/body/schema';
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

const text = (value: string, ...marks: string[]): BodyJSON =>
  marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
const link = (value: string, href: string): BodyJSON => ({
  type: 'text',
  text: value,
  marks: [{ type: 'link', attrs: { href, target: null, rel: null, class: null, title: null } }],
});
const p = (...content: BodyJSON[]): BodyJSON => ({ type: 'paragraph', content });
const h = (level: number, value: string): BodyJSON => ({ type: 'heading', attrs: { level }, content: [text(value)] });
// A slice ending in a list leaves the empty document's own paragraph after it, as in the app.
const emptyParagraph: BodyJSON = { type: 'paragraph' };
const li = (value: string): BodyJSON => ({ type: 'listItem', content: [p(text(value))] });

describe('pasting from Word', () => {
  afterEach(() => editor?.destroy());

  it('keeps the subhead, paragraphs, bold, italic, the link and the bulleted list, and nothing of Word', () => {
    const body = pasteHTML(wordHtml);
    expect(body.content).toEqual([
      h(2, 'Floods close the Kabul road'),
      p(
        text('Heavy rain closed the '),
        text('main highway', 'bold'),
        text(' on Tuesday, officials said, and '),
        text('thousands', 'italic'),
        text(' of travellers were stranded.'),
      ),
      p(text('Read the '), link('full report', 'https://example.org/report'), text(' from the ministry.')),
      { type: 'bulletList', content: [li('Roads closed in three provinces'), li('Schools shut until Friday')] },
      emptyParagraph,
    ]);
    expect(JSON.stringify(body)).not.toMatch(/mso|Symbol|·|Calibri/);
  });
});

describe('pasting from Google Docs', () => {
  afterEach(() => editor?.destroy());

  it('turns weight and style spans into bold and italic and unwraps the document wrapper', () => {
    const body = pasteHTML(googleDocsHtml);
    expect(body.content).toEqual([
      h(2, 'What happens next'),
      p(
        text('The council will vote on '),
        text('Thursday', 'bold'),
        text(' after a long debate', 'italic'),
        text(', according to '),
        link('the agenda', 'https://example.com/agenda'),
        text('.'),
      ),
      { type: 'bulletList', content: [li('Budget'), li('Bus lanes')] },
      emptyParagraph,
    ]);
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
    expect(body.content).toEqual([
      h(2, 'Minister resigns'),
      p(text('She said goodbye and '), link('wrote to us', 'mailto:desk@example.com'), text('.')),
      h(4, 'Fine print'),
      { type: 'blockquote', content: [p(text('We will rebuild.'))] },
      { type: 'horizontalRule' },
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [li('One')] },
      emptyParagraph,
    ]);
    expect(JSON.stringify(body)).not.toMatch(/steal|tracking-token|subscribe|Sign up|javascript/);
  });
});

describe('copying within the body', () => {
  afterEach(() => editor?.destroy());

  it('pastes a copied pull quote back as a pull quote, not as cleaned-up web HTML', () => {
    const pullQuote: BodyJSON = {
      type: 'pullQuote',
      content: [
        { type: 'pullQuoteText', content: [text('We will rebuild')] },
        { type: 'pullQuoteAttribution', content: [text('The mayor')] },
      ],
    };
    pasteHTML('<p>x</p>');
    const source = editor!;
    source.commands.setContent({ type: 'doc', content: [pullQuote] });
    const { dom } = source.view.serializeForClipboard(source.state.doc.slice(0, source.state.doc.content.size));
    const body = pasteHTML(dom.innerHTML);
    source.destroy();
    expect(body.content?.[0]).toEqual(pullQuote);
  });
});

describe('pasting plain text', () => {
  afterEach(() => editor?.destroy());

  it('makes a paragraph of each blank-line block and a line break of a single break', () => {
    const body = pasteText('First paragraph.\n\nKABUL\nSecond paragraph.\r\n\r\nThird.');
    expect(body.content).toEqual([
      p(text('First paragraph.')),
      p(text('KABUL'), { type: 'hardBreak' }, text('Second paragraph.')),
      p(text('Third.')),
    ]);
  });

  it('makes a paragraph of every line when the text has no blank lines', () => {
    expect(pasteText('One\nTwo').content).toEqual([p(text('One')), p(text('Two'))]);
  });
});
