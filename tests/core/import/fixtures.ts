// What import tests share beyond the body builders: the seed, and ways to compare bodies whatever
// their quote marks.
import { readFileSync } from 'node:fs';
import type { BodyJSON } from '../../builders/body';

/** The body with every quote mark taken off: what a reader sees, whoever the quotations are attributed to. */
export function withoutQuoteMarks(body: BodyJSON): BodyJSON {
  const marks = body.marks?.filter((mark) => mark.type !== 'quote');
  const copy: BodyJSON = { ...body };
  if (marks !== undefined) {
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
  }
  if (body.content) copy.content = mergeText(body.content.map(withoutQuoteMarks));
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
