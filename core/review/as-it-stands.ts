// The text as it stands: the body with every pending suggestion still pending, which is what a
// reader would get today. Suggested insertions are left out, suggested deletions kept, and every
// desk mark (insertion, deletion, comment) dropped. Everything that leaves Byline (each export
// format, the clipboard copy) and everything that measures or reads the words (counts, search,
// the quote detector) reads this, so no pending suggestion or comment ever reaches a reader.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { Article } from '../article/article';
import { bodySchema, type BodyJSON } from '../body/schema';
import { rejectSuggestionsIn } from './suggestions/decide';

const DESK_MARKS = new Set(['insertion', 'deletion', 'comment']);

/**
 * The body as it stands: exactly what rejecting every suggestion would leave (a paste that split
 * a paragraph joins it again), without the desk's marks. A body with none of them is returned as
 * it is; a body the schema refuses is still read, from its JSON.
 */
export function bodyAsItStands(body: BodyJSON): BodyJSON {
  if (!hasDeskMarks(body)) return body;
  let doc: PMNode;
  try {
    doc = bodySchema().nodeFromJSON(body);
    doc.check();
  } catch {
    return standing(body);
  }
  const tr = new Transform(doc);
  rejectSuggestionsIn(tr, 'all');
  for (const name of DESK_MARKS) tr.removeMark(0, tr.doc.content.size, doc.type.schema.marks[name]);
  return tr.doc.toJSON() as BodyJSON;
}

function hasDeskMarks(node: BodyJSON): boolean {
  if (node.marks?.some((mark) => DESK_MARKS.has(mark.type))) return true;
  return node.content?.some(hasDeskMarks) ?? false;
}

/** The article as it stands: that body, and no review (stages, threads and their comments stay on the desk). */
export function articleAsItStands<A extends Article>(article: A): A {
  const { review: _review, ...rest } = article;
  return { ...rest, body: bodyAsItStands(article.body) } as A;
}

/** The same from the JSON alone, for a body the schema refuses: insertions out, desk marks dropped. */
function standing(node: BodyJSON): BodyJSON {
  const copy: BodyJSON = { ...node };
  if (node.marks) {
    const marks = node.marks.filter((mark) => !DESK_MARKS.has(mark.type));
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
  }
  if (node.content) {
    const content: BodyJSON[] = [];
    for (const child of node.content) {
      if (child.marks?.some((mark) => mark.type === 'insertion')) continue;
      const kept = standing(child);
      const last = content[content.length - 1];
      // Words that differed only by a desk mark are one run of text again, as the editor would hold them.
      if (last && last.type === 'text' && kept.type === 'text' && sameMarks(last, kept))
        content[content.length - 1] = { ...last, text: (last.text ?? '') + (kept.text ?? '') };
      else content.push(kept);
    }
    if (content.length > 0) copy.content = content;
    else delete copy.content;
  }
  return copy;
}

function sameMarks(a: BodyJSON, b: BodyJSON): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/** A suggested insertion's words: not yet part of the text as it stands. */
const suggestedInsertion = (node: PMNode) => node.marks.some((mark) => mark.type.name === 'insertion');

/**
 * The editor's document read as `doc.textBetween(0, doc.content.size, blockSeparator, leafText)`
 * reads it, without the words suggested for insertion: the status bar's counts.
 */
export function textAsItStands(doc: PMNode, blockSeparator: string, leafText: string): string {
  let text = '';
  let first = true;
  doc.descendants((node) => {
    if (node.isInline && suggestedInsertion(node)) return false;
    const nodeText = node.isText ? node.text! : node.isLeaf ? leafText : '';
    if (node.isBlock && ((node.isLeaf && nodeText !== '') || node.isTextblock)) {
      if (first) first = false;
      else text += blockSeparator;
    }
    text += nodeText;
    return true;
  });
  return text;
}

/**
 * One textblock's text as the quote detector reads it: as it stands, with each suggested
 * insertion's characters blanked out rather than left out, so that a character's offset in the
 * text is still its position in the block (the detector marks what it finds by those positions).
 * Inline leaves (a hard break) are one "\n", as textBetween(…, '\n') gives them.
 */
export function blockTextAsItStands(block: PMNode): string {
  let text = '';
  block.forEach((node) => {
    const own = node.isText ? node.text! : '\n';
    text += suggestedInsertion(node) ? ' '.repeat(own.length) : own;
  });
  return text;
}
