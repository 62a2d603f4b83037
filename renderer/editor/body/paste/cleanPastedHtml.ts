// Reduces clipboard HTML from Word, Google Docs and web pages to what an article body can hold:
// paragraphs, subheads, bold, italic, strike, web and mail links, lists, quotations, rules, breaks.
import { isAllowedLink } from '../../../../core/body/link-policy';
import { collectWordLists } from './wordLists';

/** Elements dropped with everything inside them: code, media, forms, trackers, Office markup. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'img',
  'picture',
  'svg',
  'video',
  'audio',
  'canvas',
  'map',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'head',
  'meta',
  'link',
  'title',
  'base',
]);

const HEADING: Record<string, string> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };
const KEPT_AS_IS: Record<string, string> = {
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  hr: 'hr',
  br: 'br',
  strong: 'strong',
  em: 'em',
  i: 'em',
  s: 's',
  strike: 's',
  del: 's',
};
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'div']);

export function cleanPastedHtml(html: string): string {
  // Our own editor's clipboard carries its slice depth; the schema already vets that content.
  if (html.includes('data-pm-slice')) return html;
  const source = new DOMParser().parseFromString(html, 'text/html');
  const out = source.createElement('div');
  const body = source.body;
  collectWordLists(body);
  cleanChildren(body, out);
  dropEmptyBlocks(out);
  return out.innerHTML;
}

function cleanChildren(from: Node, to: Node): void {
  let skippingListMarker = false;
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) {
      // Word writes its list bullets between <![if !supportLists]> and <![endif]>.
      const data = (child as Comment).data.trim();
      if (/^\[if !supportLists\]/i.test(data)) skippingListMarker = true;
      else if (/^\[endif\]/i.test(data)) skippingListMarker = false;
      continue;
    }
    if (skippingListMarker) continue;
    if (child.nodeType === Node.TEXT_NODE) to.appendChild(to.ownerDocument!.createTextNode(child.textContent ?? ''));
    else if (child.nodeType === Node.ELEMENT_NODE) cleanElement(child as Element, to);
  }
}

function cleanElement(element: Element, to: Node): void {
  const tag = element.localName.toLowerCase();
  // Namespaced Office markup (<o:p>, <v:shape>, <w:…>) is layout, never text the reader sees.
  if (DROPPED.has(tag) || tag.includes(':') || isHidden(element)) return;
  const doc = to.ownerDocument!;
  const keptAs = HEADING[tag] ?? KEPT_AS_IS[tag] ?? null;
  if (keptAs) {
    const clean = doc.createElement(keptAs);
    to.appendChild(clean);
    cleanChildren(element, clean);
    return;
  }
  if (tag === 'a') {
    const href = element.getAttribute('href')?.trim() ?? '';
    if (!isAllowedLink(href)) return cleanChildren(element, to);
    const link = doc.createElement('a');
    link.setAttribute('href', href);
    to.appendChild(link);
    return cleanChildren(element, link);
  }
  if (tag === 'div' && !hasBlockChild(element)) {
    const paragraph = doc.createElement('p');
    to.appendChild(paragraph);
    return cleanChildren(element, paragraph);
  }
  cleanChildren(element, styledWrapper(element, to));
}

/** Spans and <b> carry bold, italic and strike in their style (Google Docs, Word); the rest is unwrapped. */
function styledWrapper(element: Element, to: Node): Node {
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  const tag = element.localName.toLowerCase();
  const doc = to.ownerDocument!;
  let target = to;
  const wrap = (name: string) => {
    const mark = doc.createElement(name);
    target.appendChild(mark);
    target = mark;
  };
  const weight = cssValue(style, 'font-weight');
  const heavy = /^(bold|bolder|[6-9]00)$/.test(weight);
  if (heavy || (tag === 'b' && !/^(normal|lighter|[1-5]00)$/.test(weight))) wrap('strong');
  if (cssValue(style, 'font-style') === 'italic') wrap('em');
  if (/line-through/.test(cssValue(style, 'text-decoration') + cssValue(style, 'text-decoration-line'))) wrap('s');
  return target;
}

/** One property's value; Word's "mso-bidi-font-weight" must not pass for "font-weight". */
function cssValue(style: string, property: string): string {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`).exec(style);
  return match ? match[1]!.trim() : '';
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.children).some((child) => {
    const tag = child.localName.toLowerCase();
    return BLOCKS.has(tag) || tag in HEADING || tag === 'ul' || tag === 'ol' || tag === 'hr' || tag === 'div';
  });
}

/** Word marks blank lines with empty paragraphs; an article body has no use for them. */
function dropEmptyBlocks(root: Element): void {
  for (const block of Array.from(root.querySelectorAll('p, h2, h3, h4'))) {
    if ((block.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '' && !block.querySelector('br')) block.remove();
  }
}
