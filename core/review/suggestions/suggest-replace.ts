// One suggested edit on a whole document, for the command line's
// `byline suggest FILE --replace OLD --with NEW` (and `--with ""` to suggest a deletion).
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { suggestReplace, type Suggester } from './track';

/**
 * Suggests replacing `from`–`to` (positions of the body, within one paragraph) with `text`; an
 * empty text suggests deleting the words. The new words take the marks of the words they
 * replace (a quotation stays a quotation, a link a link), without the desk's own marks.
 */
export function suggestReplacement(
  doc: PMNode,
  range: { from: number; to: number },
  text: string,
  who: { id: string; by: string; at: string },
): PMNode {
  const { from, to } = range;
  if (!(from >= 0 && to <= doc.content.size && from <= to)) throw new RangeError('The range is outside the body.');
  const tr = new Transform(doc);
  const slice =
    text === ''
      ? Slice.empty
      : new Slice(Fragment.from(doc.type.schema.text(text, marksOfReplaced(doc, from, to))), 0, 0);
  suggestReplace(tr, from, to, slice, who satisfies Suggester, { extend: false });
  return tr.doc;
}

/** The marks of the first words replaced (or those at the point, for an insertion). */
function marksOfReplaced(doc: PMNode, from: number, to: number) {
  let first: PMNode | null = null;
  doc.nodesBetween(from, to, (node) => {
    if (first) return false;
    if (node.isText) first = node;
    return !node.isInline;
  });
  const marks = first ? (first as PMNode).marks : doc.resolve(from).marks();
  return marks.filter((mark) => !['insertion', 'deletion', 'comment'].includes(mark.type.name));
}
