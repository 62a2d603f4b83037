// The shape of a page's HTML or a Word file's XML read from its text in one linear pass, before any
// parser builds it: how many elements, how deep they nest, how many paragraphs. A parser's page
// model costs memory per element and time per level of nesting, so what is too big or too deep is
// refused from this count, cheaply. The count is close, not exact: the page model is measured
// again once built (see page-shape.ts).
import { MAX_NESTING } from './import-limits';

export interface MarkupShape {
  /** Start tags, empty elements included. */
  elements: number;
  /** The deepest nesting seen of elements that need an end tag. */
  deepest: number;
  /** Start tags with the name asked for (a Word paragraph, w:p). */
  named: number;
  /** Whether it declares a document type: pages do, Word's XML never does (nor its entity tricks). */
  doctype: boolean;
}

// Elements that never hold others, and those whose end tag may be left out (the parser closes them
// itself, so they cannot nest as written): neither is counted as a level of nesting.
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
// Their content is text up to their end tag, whatever it looks like.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const NAME_END = /[\s/>]/g;

export function htmlShape(html: string): MarkupShape {
  return shapeOf(html, true, '');
}

/** `named`: the element to count, as written ("w:p"). */
export function xmlShape(xml: string, named: string): MarkupShape {
  return shapeOf(xml, false, named);
}

/** The reading stops once the nesting passes the limit: the verdict is made, and the open elements stay few. */
function shapeOf(text: string, html: boolean, named: string): MarkupShape {
  const shape: MarkupShape = { elements: 0, deepest: 0, named: 0, doctype: false };
  // The open elements, and how many of each name, so a stray end tag closes nothing.
  const open: string[] = [];
  const openCount = new Map<string, number>();
  // Inside <svg> or <math>, "/>" closes an element, as in XML; elsewhere in HTML it does not.
  let foreignFrom = Infinity;
  let at = text.indexOf('<');
  while (at >= 0 && at < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) at = afterDeclaration(text, at, shape);
    else if (next === 0x3f /* ? */) at = after(text, html ? '>' : '?>', at + 2);
    else if (next === 0x2f /* / */) {
      const name = nameAt(text, at + 2, html);
      at = afterTag(text, at + 2 + name.length).end;
      if ((openCount.get(name) ?? 0) > 0) close(open, openCount, name, html);
      if (open.length <= foreignFrom) foreignFrom = Infinity;
    } else if (isLetter(next)) {
      const name = nameAt(text, at + 1, html);
      const tag = afterTag(text, at + 1 + name.length);
      at = tag.end;
      shape.elements++;
      if (name === named) shape.named++;
      const closesItself = html ? VOID.has(name) || (tag.selfClosing && open.length > foreignFrom) : tag.selfClosing;
      if (html && RAW_TEXT.has(name) && !tag.selfClosing) at = afterEndTag(text, name, at);
      else if (html && name === 'plaintext') break;
      else if (!closesItself && !(html && OPTIONAL_END.has(name))) {
        if (html && (name === 'svg' || name === 'math') && foreignFrom === Infinity) foreignFrom = open.length;
        open.push(name);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        shape.deepest = Math.max(shape.deepest, open.length);
        if (open.length > MAX_NESTING) break;
      }
    } else at += 1;
    at = text.indexOf('<', at);
  }
  return shape;
}

// The parser's "special" elements: an end tag for an ordinary element inside one of them is ignored.
const SPECIAL = new Set([
  'address',
  'applet',
  'area',
  'article',
  'aside',
  'base',
  'basefont',
  'bgsound',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'img',
  'input',
  'keygen',
  'li',
  'link',
  'listing',
  'main',
  'marquee',
  'menu',
  'meta',
  'nav',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'ol',
  'p',
  'param',
  'plaintext',
  'pre',
  'script',
  'search',
  'section',
  'select',
  'source',
  'style',
  'summary',
  'table',
  'tbody',
  'td',
  'template',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
  'wbr',
  'xmp',
]);
// Misnested formatting ("<b><div></b>") is repaired by moving things, not by leaving them open.
const FORMATTING = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
]);

/**
 * An end tag for `name`, which is open, as the HTML parser takes it: a special element's closes
 * whatever is open inside it; a formatting element's closes it alone when a special element was
 * opened inside it (that one stays open); any other is ignored when a special element is open
 * inside it. In XML every end tag closes its element. The stack is never deeper than the nesting
 * limit (the reading stops there), so these walks stay short.
 */
function close(open: string[], openCount: Map<string, number>, name: string, html: boolean): void {
  const at = open.lastIndexOf(name);
  const specialInside = html && !SPECIAL.has(name) && open.slice(at + 1).some((inside) => SPECIAL.has(inside));
  if (specialInside && !FORMATTING.has(name)) return;
  const closed = specialInside ? open.splice(at, 1) : open.splice(at);
  for (const element of closed) openCount.set(element, openCount.get(element)! - 1);
}

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

function nameAt(text: string, from: number, html: boolean): string {
  NAME_END.lastIndex = from;
  const end = NAME_END.exec(text)?.index ?? text.length;
  const name = text.slice(from, end);
  return html ? name.toLowerCase() : name;
}

/** The end of a tag whose name ends at `from`: its attributes' quoted values may hold ">". */
function afterTag(text: string, from: number): { end: number; selfClosing: boolean } {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x3e /* > */) return { end: at + 1, selfClosing: text.charCodeAt(at - 1) === 0x2f };
    if (code === 0x3d /* = */) {
      at++;
      while (at < text.length && /\s/.test(text[at]!)) at++;
      const quote = text[at];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, at + 1);
        if (close < 0) return { end: text.length, selfClosing: false };
        at = close;
      }
      continue;
    }
    at++;
  }
  return { end: text.length, selfClosing: false };
}

function after(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  return found < 0 ? text.length : found + marker.length;
}

function afterDeclaration(text: string, at: number, shape: MarkupShape): number {
  if (text.startsWith('<!--', at)) return after(text, '-->', at + 4);
  if (text.startsWith('<![CDATA[', at)) return after(text, ']]>', at + 9);
  if (/^<!doctype/i.test(text.slice(at, at + 9))) shape.doctype = true;
  return after(text, '>', at + 2);
}

/** Past the end tag that closes a raw-text element (a script, a style), or the end of the text. */
function afterEndTag(text: string, name: string, from: number): number {
  const end = new RegExp(`</${name}[\\s/>]`, 'gi');
  end.lastIndex = from;
  const found = end.exec(text);
  return found ? after(text, '>', found.index + 2) : text.length;
}
