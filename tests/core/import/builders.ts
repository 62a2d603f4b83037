// Bodies written like the documents they are: doc(p('The council ', b('voted'), '.'), h(2, 'Next')).
import { readFileSync } from 'node:fs';
import type { BodyJSON } from '../../../core/body/schema';

type Inline = string | BodyJSON;

const inline = (parts: Inline[]): BodyJSON[] =>
  parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
const marked = (type: string, text: string, attrs?: Record<string, unknown>): BodyJSON => ({
  type: 'text',
  text,
  marks: [attrs ? { type, attrs } : { type }],
});

export const doc = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'doc', content: blocks });
export const p = (...parts: Inline[]): BodyJSON =>
  parts.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: inline(parts) };
export const h = (level: 2 | 3 | 4, ...parts: Inline[]): BodyJSON => ({
  type: 'heading',
  attrs: { level },
  content: inline(parts),
});
export const b = (text: string) => marked('bold', text);
export const i = (text: string) => marked('italic', text);
export const a = (href: string, text: string) =>
  marked('link', text, { href, target: null, rel: null, class: null, title: null });
export const br = (): BodyJSON => ({ type: 'hardBreak' });
export const li = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'listItem', content: blocks });
export const ul = (...items: BodyJSON[]): BodyJSON => ({ type: 'bulletList', content: items });
export const ol = (...items: BodyJSON[]): BodyJSON => ({
  type: 'orderedList',
  attrs: { start: 1, type: null },
  content: items,
});
export const blockquote = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'blockquote', content: blocks });
export const pullQuote = (text: string, credit: string): BodyJSON => ({
  type: 'pullQuote',
  content: [
    { type: 'pullQuoteText', content: inline([text]) },
    { type: 'pullQuoteAttribution', content: inline([credit]) },
  ],
});

/** The body with every quote mark taken off: what a reader sees, whoever the quotations are attributed to. */
export function withoutQuoteMarks(node: BodyJSON): BodyJSON {
  const marks = node.marks?.filter((mark) => mark.type !== 'quote');
  const copy: BodyJSON = { ...node };
  if (marks !== undefined) {
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
  }
  if (node.content) copy.content = mergeText(node.content.map(withoutQuoteMarks));
  return copy;
}

// Text nodes left with the same marks side by side are one node in ProseMirror's own JSON.
function mergeText(nodes: BodyJSON[]): BodyJSON[] {
  const merged: BodyJSON[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(node.marks)) {
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    } else merged.push(node);
  }
  return merged;
}

/** The text of each top-level block, in order. */
export function blockTexts(body: BodyJSON): string[] {
  const textOf = (node: BodyJSON): string =>
    node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');
  return (body.content ?? []).map(textOf);
}

export const SEED = 'tests/fixtures/seed/000_6da7febdb4ae2164';

export function seedText(): string {
  return readFileSync(`${SEED}.txt`, 'utf8');
}
