// Foreign HTML (a page's main content, a Word file converted by mammoth) reduced to what an
// article body keeps: paragraphs, subheads, bold, italic, web and mail links, lists and block
// quotations. Media, embeds, tables and forms go with their contents; other wrappers are
// unwrapped so their text stays. Every attribute but a link's checked address is dropped.
import { isAllowedLink } from '../../../core/body/extensions';

export interface CleanOptions {
  /** Headings equal to the headline are dropped: the headline is a field, not part of the body. */
  headline: string;
  /** Relative links are made absolute against it; without one they lose their link. */
  baseUrl: string | null;
  /** What an <h1> (and each level below) becomes: 2 keeps a page's h2 as h2; a Word file's levels are shifted. */
  headingLevel: (level: number) => number;
}

const KEPT: Record<string, string> = {
  P: 'p', STRONG: 'strong', B: 'strong', EM: 'em', I: 'em', UL: 'ul', OL: 'ol', LI: 'li', BLOCKQUOTE: 'blockquote', BR: 'br',
};
const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO',
  'SOURCE', 'TRACK', 'SVG', 'CANVAS', 'MATH', 'MAP', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL', 'NAV',
  'ASIDE', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'TABLE', 'HR', 'DIALOG', 'MENU', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** A new element, in `into`'s document, holding the cleaned content of `from`. */
export function cleanContent(from: Node, into: Document, options: CleanOptions): HTMLElement {
  const container = into.createElement('div');
  appendCleaned(from, container, options);
  return container;
}

// Inside these, a <time> is part of a sentence; outside, it is the page's date display.
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote']);

function appendCleaned(from: Node, parent: Element, options: CleanOptions): void {
  for (const child of from.childNodes) {
    if (child.nodeType === child.TEXT_NODE) {
      parent.append(parent.ownerDocument.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const element = child as Element;
    if (element.localName === 'time' && !insideTextBlock(parent)) continue;
    const cleaned = cleanedElement(element, parent.ownerDocument, options);
    if (cleaned === 'drop') continue;
    if (cleaned === 'unwrap') {
      appendCleaned(element, parent, options);
      continue;
    }
    parent.append(cleaned);
    if (cleaned.localName !== 'br') appendCleaned(element, cleaned, options);
  }
}

function insideTextBlock(element: Element | null): boolean {
  for (let at = element; at; at = at.parentElement) if (TEXT_BLOCKS.has(at.localName)) return true;
  return false;
}

function cleanedElement(element: Element, document: Document, options: CleanOptions): Element | 'drop' | 'unwrap' {
  const tag = element.tagName.toUpperCase();
  if (DROPPED.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return 'drop';
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    if (sameText(element.textContent ?? '', options.headline)) return 'drop';
    const level = Math.min(4, Math.max(2, options.headingLevel(Number(heading[1]))));
    return document.createElement(`h${level}`);
  }
  if (tag === 'A') return link(element, document, options.baseUrl);
  // Google Docs wraps whole documents in <b style="font-weight:normal">.
  if (tag === 'B' && /font-weight\s*:\s*(?:normal|400)/i.test(element.getAttribute('style') ?? '')) return 'unwrap';
  const kept = KEPT[tag];
  return kept ? document.createElement(kept) : 'unwrap';
}

function link(element: Element, document: Document, baseUrl: string | null): Element | 'unwrap' {
  const href = absolute((element.getAttribute('href') ?? '').trim(), baseUrl);
  if (href === null || !isAllowedLink(href)) return 'unwrap';
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
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
