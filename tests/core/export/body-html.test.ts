// The body as semantic HTML: every node and mark, escaping, links that may not go out, and
// quotations with and without their sources' names.
import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../core/body/schema';
import { createExporter } from '../../../core/export/exporter';
import { a, b, blockquote, br, doc, h, hr, i, li, ol, p, pullQuote, q, s, ul } from '../../builders/body';
import { settings, source, story } from '../../builders/article';

const bodyHtml = (body: BodyJSON, quoteSources = false) =>
  createExporter(settings({ exportQuoteSources: quoteSources })).fragment(
    story(body, { sources: [source('s1', 'Jens Stoltenberg', { contactNotes: 'mobile 0700' })] }),
    { header: false },
  ).html;

describe('body nodes', () => {
  const cases: { name: string; body: BodyJSON; html: string }[] = [
    { name: 'a paragraph', body: doc(p('Talks ended.')), html: '<p>Talks ended.</p>' },
    { name: 'an empty paragraph', body: doc(p()), html: '<p></p>' },
    {
      name: 'subheads at each level',
      body: doc(h(2, 'Two'), h(3, 'Three'), h(4, 'Four')),
      html: '<h2>Two</h2><h3>Three</h3><h4>Four</h4>',
    },
    {
      name: 'a bulleted list with a nested one',
      body: doc(ul(li(p('a'), ul(li(p('b')))))),
      html: '<ul><li><p>a</p><ul><li><p>b</p></li></ul></li></ul>',
    },
    { name: 'a numbered list from 1', body: doc(ol({ start: 1 }, li(p('a')))), html: '<ol><li><p>a</p></li></ol>' },
    {
      name: 'a numbered list from 3',
      body: doc(ol({ start: 3 }, li(p('a')))),
      html: '<ol start="3"><li><p>a</p></li></ol>',
    },
    {
      name: 'a list type the page can hold',
      body: doc(ol({ start: 1, type: 'a' }, li(p('a')))),
      html: '<ol type="a"><li><p>a</p></li></ol>',
    },
    {
      name: 'list attributes no page can hold',
      body: doc(ol({ start: 1.5, type: 'x" onclick="y' }, li(p('a')))),
      html: '<ol><li><p>a</p></li></ol>',
    },
    {
      name: 'a block quotation',
      body: doc(blockquote(p('one'), p('two'))),
      html: '<blockquote><p>one</p><p>two</p></blockquote>',
    },
    {
      name: 'a pull quote with its credit',
      body: doc(pullQuote(['Stay.'], ['Jens Stoltenberg, ', ...i('NATO')])),
      html: '<figure data-type="pull-quote"><blockquote><p>Stay.</p></blockquote><figcaption>Jens Stoltenberg, <em>NATO</em></figcaption></figure>',
    },
    {
      name: 'a pull quote without a credit',
      body: doc(pullQuote(['Stay.'], [])),
      html: '<figure data-type="pull-quote"><blockquote><p>Stay.</p></blockquote></figure>',
    },
    { name: 'a rule', body: doc(p('a'), hr(), p('b')), html: '<p>a</p><hr><p>b</p>' },
    { name: 'a hard break', body: doc(p('line one', br(), 'line two')), html: '<p>line one<br>line two</p>' },
  ];
  for (const { name, body, html } of cases) {
    it(`renders ${name}`, () => expect(bodyHtml(body)).toBe(html));
  }

  it('refuses a body the schema cannot hold instead of guessing', () => {
    expect(() => bodyHtml(doc({ type: 'poll' }))).toThrow();
    expect(() => bodyHtml(doc(p(), { type: 'paragraph', content: [p('nested')] }))).toThrow();
    expect(() => bodyHtml(doc(ol({ start: 'x" onclick="y' }, li(p('a')))))).toThrow(
      /numbered list's first number \(start\) must be a number or null/,
    );
  });
});

describe('marks', () => {
  it('renders bold, italic and strike, keeping a mark open across neighbours that share it', () => {
    expect(bodyHtml(doc(p(...b('all bold ', ...i('and italic'), ' still bold'), ' ', ...s('gone'))))).toBe(
      '<p><strong>all bold <em>and italic</em> still bold</strong> <s>gone</s></p>',
    );
  });

  it('entity-encodes text', () => {
    expect(bodyHtml(doc(p('AT&T <b>"5 > 3"</b> & \'so\'')))).toBe(
      '<p>AT&amp;T &lt;b&gt;"5 &gt; 3"&lt;/b&gt; &amp; \'so\'</p>',
    );
  });

  it('writes web and mail links with attribute-encoded, percent-encoded addresses', () => {
    expect(
      bodyHtml(doc(p(...a('https://example.com/a b?q="x"&r=1', 'web'), ' ', ...a('mailto:desk@example.com', 'mail')))),
    ).toBe(
      '<p><a href="https://example.com/a%20b?q=%22x%22&amp;r=1">web</a> <a href="mailto:desk@example.com">mail</a></p>',
    );
  });

  it.each([
    'javascript:window.__pwned=1',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:x',
    'https://',
    'http:example.com',
    '/relative',
    '',
  ])('drops a link to %j and keeps its text', (href) =>
    expect(bodyHtml(doc(p('see ', ...a(href, 'this'))))).toBe('<p>see this</p>'),
  );

  it('exports quotations as written by default', () => {
    expect(bodyHtml(doc(p('He said ', ...q('s1', '“stay”'), '.')))).toBe('<p>He said “stay”.</p>');
  });

  it('wraps an attributed quotation with its source’s name, and only the name, when asked', () => {
    const html = bodyHtml(doc(p('He said ', ...q('s1', '“stay”'), ' and ', ...q(null, '“go”'), '.')), true);
    expect(html).toBe('<p>He said <span class="quote" data-source="Jens Stoltenberg">“stay”</span> and “go”.</p>');
  });

  it('attribute-encodes a source name', () => {
    const exporter = createExporter(settings({ exportQuoteSources: true }));
    const html = exporter.fragment(
      story(doc(p(...q('s1', 'x'))), { sources: [source('s1', '"><img src=x onerror=alert(1)>')] }),
      { header: false },
    ).html;
    expect(html).toBe('<p><span class="quote" data-source="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">x</span></p>');
  });
});
