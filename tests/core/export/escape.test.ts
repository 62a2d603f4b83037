// Escaping by context, and the hrefs a link may go out with.
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, scriptJson } from '../../../core/export/escape';
import { exportedHref } from '../../../core/export/link-href';

describe('escapeText and escapeAttribute', () => {
  const cases: { input: string; text: string; attribute: string }[] = [
    {
      input: 'Plain words, “curly” — and ünïcödé 🐱',
      text: 'Plain words, “curly” — and ünïcödé 🐱',
      attribute: 'Plain words, “curly” — and ünïcödé 🐱',
    },
    {
      input: '</title><script>x</script>',
      text: '&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;',
      attribute: '&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;',
    },
    {
      input: '"><img src=x onerror="y">',
      text: '"&gt;&lt;img src=x onerror="y"&gt;',
      attribute: '&quot;&gt;&lt;img src=x onerror=&quot;y&quot;&gt;',
    },
    { input: "AT&T &amp; 'single'", text: "AT&amp;T &amp;amp; 'single'", attribute: "AT&amp;T &amp;amp; 'single'" },
    {
      input: 'tab\tline\nreturn\r\nfeed\f',
      text: 'tab\tline\nreturn\r\nfeed\f',
      attribute: 'tab\tline\nreturn\r\nfeed\f',
    },
    // Code points a document may not hold at all: controls, noncharacters, lone surrogates.
    { input: 'a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg', text: 'abcdefg', attribute: 'abcdefg' },
    { input: 'a\ufdd0b\ufffec\uffffd\u{1fffe}e\u{10ffff}f', text: 'abcdef', attribute: 'abcdef' },
    { input: 'a\ud800b\udc00c', text: 'a\ufffdb\ufffdc', attribute: 'a\ufffdb\ufffdc' },
    {
      input: 'keeps \u2028 and \u2029 and \u{1f600}',
      text: 'keeps \u2028 and \u2029 and \u{1f600}',
      attribute: 'keeps \u2028 and \u2029 and \u{1f600}',
    },
  ];
  for (const { input, text, attribute } of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      expect(escapeText(input)).toBe(text);
      expect(escapeAttribute(input)).toBe(attribute);
    });
  }

  it('returns a string that needs nothing as it is', () => {
    const clean = 'Nothing to escape here.';
    expect(escapeText(clean)).toBe(clean);
  });
});

describe('scriptJson', () => {
  it('escapes < > & U+2028 U+2029 and forbidden code points, and JSON.parse gives back every character', () => {
    const data = {
      headline: '</script><!-- & \u2028\u2029 \u0085 \ufffe \u{1ffff} "quoted" \\ \u{1f600}',
      list: [1, null, 'x'],
    };
    const json = scriptJson(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029\u0085\ufffe]/);
    expect(json).not.toContain('\u{1ffff}');
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('exportedHref', () => {
  const cases: { href: unknown; expected: string | null }[] = [
    {
      href: 'https://www.nato.int/cps/en/natohq/news.htm?x=1#top',
      expected: 'https://www.nato.int/cps/en/natohq/news.htm?x=1#top',
    },
    { href: 'HTTP://EXAMPLE.COM', expected: 'HTTP://EXAMPLE.COM' },
    { href: '  https://example.com/a b  ', expected: 'https://example.com/a%20b' },
    { href: 'https://example.com/ünï?q="x"', expected: 'https://example.com/%C3%BCn%C3%AF?q=%22x%22' },
    { href: 'https://example.com/50%off%2Fok', expected: 'https://example.com/50%25off%2Fok' },
    { href: 'https://user@[::1]:8080/', expected: 'https://user@[::1]:8080/' },
    { href: 'https://bücher.example/', expected: 'https://b%C3%BCcher.example/' },
    { href: 'mailto:desk@example.com?subject=Tip off', expected: 'mailto:desk@example.com?subject=Tip%20off' },
    { href: 'javascript:window.__pwned=1', expected: null },
    { href: 'JaVaScRiPt:alert(1)', expected: null },
    { href: 'data:text/html,x', expected: null },
    { href: '//example.com/', expected: null },
    { href: 'https://', expected: null },
    { href: 'https:///path', expected: null },
    { href: 'http:example.com', expected: null },
    { href: 'https://exa mple.com/', expected: null },
    { href: 'https://example.com/\ud800', expected: null },
    { href: null, expected: null },
  ];
  for (const { href, expected } of cases) {
    it(`${JSON.stringify(href)} → ${JSON.stringify(expected)}`, () => expect(exportedHref(href)).toBe(expected));
  }
});
