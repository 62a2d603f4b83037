// Foreign HTML (a page's main content, a Word file converted by mammoth, a page that says Byline
// made it) reduced to what an article body keeps: paragraphs, subheads, bold, italic, web and mail
// links, lists and block quotations. Media, embeds, tables and forms go with their contents; other
// wrappers are unwrapped so their text stays. Every attribute but a link's checked address is
// dropped: no class, target or rel reaches an article.
import { isAllowedLink } from '../../../core/body/link-policy';

export interface CleanOptions {
  /** Headings equal to the headline are dropped: the headline is a field, not part of the body. */
  headline: string;
  /** Relative links are made absolute against it; without one they lose their link. */
  baseUrl: string | null;
  /** What an <h1> (and each level below) becomes: 2 keeps a page's h2 as h2; a Word file's levels are shifted. */
  headingLevel: (level: number) => number;
  /**
   * A page Byline exported: its pull quotes, rules and struck text are kept too, with the few
   * attributes the export writes (a link's title, a list's numbering); links are kept as written.
   */
  ownExport?: boolean;
}

const KEPT: Record<string, string> = {
  P: 'p',
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
  BLOCKQUOTE: 'blockquote',
  BR: 'br',
};
/** What Byline's export writes beyond what any page keeps. */
const KEPT_FROM_OWN_EXPORT: Record<string, string> = { ...KEPT, S: 's', HR: 'hr', FIGCAPTION: 'figcaption' };
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'TRACK',
  'SVG',
  'CANVAS',
  'MATH',
  'MAP',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'HR',
  'DIALOG',
  'MENU',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
const EMPTY = new Set(['br', 'hr']);

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A new element, in `into`'s document, holding the cleaned content of `from`. The content is
 * taken out of `from` as it goes (text moved, not copied; what was read removed), so a large page
 * is never held twice. It goes front to back, each node read while it is its parent's first child:
 * jsdom finds a node's place among its siblings by counting from the first, so taking nodes out
 * of the middle of a long list would be quadratic. The walk keeps its own stack: nesting, however
 * deep, cannot overflow the call stack.
 */
export function cleanContent(from: Node, into: Document, options: CleanOptions): HTMLElement {
  const container = into.createElement('div');
  // Each level: the element being read, the next child to read in it (sibling by sibling, not
  // through `childNodes`, a live list jsdom updates on every change), and where its cleaned form goes.
  const levels: { source: Node; next: ChildNode | null; parent: Element }[] = [
    { source: from, next: from.firstChild, parent: container },
  ];
  while (levels.length > 0) {
    const level = levels[levels.length - 1]!;
    const child = level.next;
    if (!child) {
      levels.pop();
      if (level.source !== from) level.source.parentNode?.removeChild(level.source);
      continue;
    }
    level.next = child.nextSibling;
    const { parent } = level;
    if (child.nodeType === child.TEXT_NODE) {
      parent.append(child);
      continue;
    }
    const cleaned = child.nodeType === child.ELEMENT_NODE ? cleanedElement(child as Element, parent, options) : 'drop';
    if (cleaned === 'drop') child.remove();
    else if (cleaned === 'unwrap') levels.push({ source: child, next: child.firstChild, parent });
    else {
      parent.append(cleaned);
      if (EMPTY.has(cleaned.localName)) child.remove();
      else levels.push({ source: child, next: child.firstChild, parent: cleaned });
    }
  }
  return container;
}

// Inside these, a <time> is part of a sentence; outside, it is the page's date display.
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote']);

function insideTextBlock(element: Element | null): boolean {
  for (let at = element; at; at = at.parentElement) if (TEXT_BLOCKS.has(at.localName)) return true;
  return false;
}

function cleanedElement(element: Element, parent: Element, options: CleanOptions): Element | 'drop' | 'unwrap' {
  const document = parent.ownerDocument;
  const tag = element.tagName.toUpperCase();
  if (element.localName === 'time' && !insideTextBlock(parent)) return 'drop';
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return 'drop';
  if (options.ownExport && tag === 'FIGURE')
    return element.getAttribute('data-type') === 'pull-quote' ? pullQuote(document) : 'drop';
  if (options.ownExport && tag === 'OL') return numberedList(element, document);
  const kept = (options.ownExport ? KEPT_FROM_OWN_EXPORT : KEPT)[tag];
  if (!kept && DROPPED.has(tag)) return 'drop';
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    if (options.headline !== '' && sameText(element.textContent ?? '', options.headline)) return 'drop';
    const level = Math.min(4, Math.max(2, options.headingLevel(Number(heading[1]))));
    return document.createElement(`h${level}`);
  }
  if (tag === 'A') return link(element, document, options);
  // Google Docs wraps whole documents in <b style="font-weight:normal">.
  if (tag === 'B' && /font-weight\s*:\s*(?:normal|400)/i.test(element.getAttribute('style') ?? '')) return 'unwrap';
  return kept ? document.createElement(kept) : 'unwrap';
}

function pullQuote(document: Document): Element {
  const figure = document.createElement('figure');
  figure.setAttribute('data-type', 'pull-quote');
  return figure;
}

/** An exported numbered list keeps its first number and numbering style, when they are valid ones. */
function numberedList(element: Element, document: Document): Element {
  const list = document.createElement('ol');
  const start = element.getAttribute('start') ?? '';
  const type = element.getAttribute('type') ?? '';
  if (/^-?\d{1,9}$/.test(start)) list.setAttribute('start', start);
  if (/^[1aAiI]$/.test(type)) list.setAttribute('type', type);
  return list;
}

function link(element: Element, document: Document, options: CleanOptions): Element | 'unwrap' {
  const written = (element.getAttribute('href') ?? '').trim();
  // An export's links were checked when they were written; they come back exactly as they were.
  const href = options.ownExport ? written : absolute(written, options.baseUrl);
  if (href === null || !isAllowedLink(href)) return 'unwrap';
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
  const title = element.getAttribute('title');
  if (options.ownExport && title) anchor.setAttribute('title', title);
  return anchor;
}

function absolute(href: string, baseUrl: string | null): string | null {
  if (href === '' || href.startsWith('#')) return null;
  try {
    return new URL(href, baseUrl ?? undefined).href;
  } catch {
    return null;
  }
}
