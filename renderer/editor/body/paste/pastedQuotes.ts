// Pasted text gets the quotes typing would have given it: with smart typography on, a straight
// "quote" or don't pasted from a plain-text source becomes “quote” and don’t, through the typing
// rules themselves (core/body/smart-typography.ts), so find, quote detection and the export see
// one kind of mark whichever way the words arrived.
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { quotesAsTyped } from '../../../../core/body/smart-typography';

/**
 * The slice with each text node's quotes turned; `before` is the paragraph's text before the
 * cursor, so a pasted 's after "John" is an apostrophe. Marks and structure are kept.
 */
export function sliceWithTypedQuotes(slice: Slice, before: string): Slice {
  // Text at the slice's open start joins the paragraph pasted into; every later block starts afresh.
  let context = before;
  let firstBlock = true;
  const walk = (fragment: Fragment): Fragment => {
    const nodes: PMNode[] = [];
    fragment.forEach((node) => {
      if (node.isText) {
        const text = quotesAsTyped(node.text ?? '', context);
        context += text;
        nodes.push(text === node.text ? node : node.type.schema.text(text, node.marks));
        return;
      }
      if (node.isTextblock) {
        context = firstBlock && slice.openStart > 0 ? before : '';
        firstBlock = false;
      }
      if (node.isLeaf) {
        // A hard break (or another inline leaf) opens a quote after it, as a space does.
        if (node.isInline) context += '\n';
        nodes.push(node);
        return;
      }
      nodes.push(node.copy(walk(node.content)));
    });
    return Fragment.fromArray(nodes);
  };
  return new Slice(walk(slice.content), slice.openStart, slice.openEnd);
}
