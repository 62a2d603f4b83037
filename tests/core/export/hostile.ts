// Articles whose every reader-visible field holds an attack or a random string: for the
// injection test in Chromium and for the validator.
import fc from 'fast-check';
import type { Article } from '../../../core/article/article';
import { a, b, blockquote, br, doc, h, i, li, ol, p, pullQuote, q, ul } from '../../builders/body';
import { source, story, update } from '../../builders/article';

export const PAYLOADS = [
  '</title><script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><img src=x onerror='window.__pwned=1'>",
  '</script><script>window.__pwned=1</script>',
  '<!--<script>window.__pwned=1</script>-->',
  '</style><script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '\u2028\u2029</script>\u2028<script>window.__pwned=1</script>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
] as const;

export const HOSTILE_HREFS = [
  'javascript:window.__pwned=1',
  ' JavaScript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'https://example.com/"><img src=x onerror="window.__pwned=1">',
];

/** An article with `text` in every field a reader or a machine sees, and `href` as every link. */
export function hostileArticle(text: string, href: string): Article {
  return story(
    doc(
      p(text, ' ', ...b(text), ' ', ...a(href, text), br(), ...q('s1', text)),
      h(2, text),
      ul(li(p(text, ...i(text)))),
      ol({ start: 2 }, li(p(...a(href, text)))),
      blockquote(p(text)),
      pullQuote([text], [text, ...i(text)]),
    ),
    {
      status: 'published',
      kicker: text,
      section: text,
      headline: text,
      deck: text,
      bylines: [{ name: text, role: text }],
      dateline: { place: text, timeZone: null },
      tags: [text === '' ? 'tag' : text],
      publishedAt: '2021-02-18T21:14:00-05:00',
      updatedAt: '2021-02-19T15:00:00Z',
      updates: [
        update('u1', 'correction', '2021-02-19T15:00:00Z', text),
        update('u2', 'update', '2021-02-19T15:00:00Z', text),
      ],
      sources: [source('s1', text, { title: text })],
    },
  );
}

/** Random text of every kind: printable anything, any code point, and the characters attacks are made of. */
export const randomText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      '`',
      ' ',
      '\u2028',
      '\u2029',
      'script',
      '</title>',
      '<!--',
      'onerror',
      'x',
    ),
    maxLength: 30,
  }),
  fc.constantFrom(...PAYLOADS),
);

/**
 * What a reader sees of `text` in an HTML page: line breaks as the parser normalises them, and
 * without the code points a document may not hold (controls, noncharacters), which the export drops.
 */
export function asReaderSees(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0)!;
    const control = (code < 0x20 && !'\t\n\f'.includes(char)) || (code >= 0x7f && code <= 0x9f);
    const noncharacter = (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
    if (!control && !noncharacter) out += char;
  }
  return out;
}
