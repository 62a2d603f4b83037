// Reading a stored article body the way the tests compare it with the screen: texts, marks, links.
import type { BodyJSON } from '../../../core/body/schema';

/** A node's text, its children's joined with nothing between (as the DOM's textContent reads). */
export function text(node: BodyJSON): string {
  return node.text ?? (node.content ?? []).map(text).join('');
}

/** One text per top-level block, as the editor shows them one below the other. */
export function topLevelTexts(body: BodyJSON): string[] {
  return (body.content ?? []).map(text);
}

/** Every link address, in reading order, each once. */
export function linksIn(node: BodyJSON): string[] {
  const own = (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => String(mark.attrs?.href));
  return [...own, ...(node.content ?? []).flatMap(linksIn)].filter((href, index, all) => all.indexOf(href) === index);
}

/** The kinds of marks used anywhere in the body. */
export function markTypes(node: BodyJSON): Set<string> {
  const own = (node.marks ?? []).map((mark) => mark.type);
  return new Set([...own, ...(node.content ?? []).flatMap((child) => [...markTypes(child)])]);
}

/** The runs of text carrying the mark, in reading order. */
export function textsWithMark(node: BodyJSON, type: string): string[] {
  const own = node.text !== undefined && (node.marks ?? []).some((mark) => mark.type === type) ? [node.text] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => textsWithMark(child, type))];
}
