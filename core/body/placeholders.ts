// Placeholders for body content written by a newer Byline that this version does not know (a
// "factBox" block, a "highlight" mark). A newer file opens read-only with one placeholder per
// unknown piece, so the reporter sees that something is there and what it says, and nothing is
// lost: placeholders live only in memory. A file never holds one (checkBody refuses them unless
// told otherwise), nothing saves a read-only article, and the export refuses them, because a
// placeholder must never be published.
import { Mark, Node } from '@tiptap/core';
import type { Mark as PMMark, Node as PMNode } from '@tiptap/pm/model';

export const NEWER_BLOCK = 'newerBlock';
export const NEWER_INLINE = 'newerInline';
export const NEWER_MARK = 'newerMark';

const PLACEHOLDER_TYPES: ReadonlySet<string> = new Set([NEWER_BLOCK, NEWER_INLINE, NEWER_MARK]);

export const isPlaceholderType = (name: string): boolean => PLACEHOLDER_TYPES.has(name);

/** "factBox" → "fact box": the unknown type as words, for the placeholder and the messages. */
export function typeInWords(type: string): string {
  const words = type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? 'content' : words;
}

const capitalized = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}`;

/** What a placeholder stands for, as the editor, the check and the export say it. */
export function placeholderLabel(type: string): string {
  return `content from a newer version of Byline (${typeInWords(type)})`;
}

const placeholderAttributes = {
  // The unknown node's or mark's type, as the newer file names it.
  type: { default: '', rendered: false },
  // Its text, so the reporter can read what the placeholder stands for.
  text: { default: '', rendered: false },
};

// What both placeholder nodes are: one piece that cannot be edited, dragged or made from paste.
const placeholderNode = {
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes: () => placeholderAttributes,
  // No parse rule: pasted HTML never turns into a placeholder.
  parseHTML: () => [],
} as const;

/** An unknown block: a box with its label and its text, which cannot be edited. */
export const NewerBlock = Node.create({
  name: NEWER_BLOCK,
  group: 'block',
  ...placeholderNode,
  renderHTML({ node }) {
    const type = String(node.attrs.type);
    const text = String(node.attrs.text);
    return [
      'div',
      { class: 'newer-content', 'data-newer-type': type, contenteditable: 'false' },
      [
        'span',
        { class: 'newer-content-label' },
        `${capitalized(typeInWords(type))}: content from a newer version of Byline, shown here only as this placeholder`,
      ],
      ...(text === '' ? [] : [['span', { class: 'newer-content-text' }, text]]),
    ];
  },
});

/** An unknown inline piece (inside a paragraph): a short tag with its text. */
export const NewerInline = Node.create({
  name: NEWER_INLINE,
  group: 'inline',
  inline: true,
  ...placeholderNode,
  renderHTML({ node }) {
    const type = String(node.attrs.type);
    const text = String(node.attrs.text);
    return [
      'span',
      {
        class: 'newer-content-inline',
        'data-newer-type': type,
        title: placeholderLabel(type),
        contenteditable: 'false',
      },
      `[${text === '' ? typeInWords(type) : text}]`,
    ];
  },
});

/** Formatting this version does not know, on text it can show: the text, marked as such. */
export const NewerMark = Mark.create({
  name: NEWER_MARK,
  inclusive: false,
  addAttributes: () => ({ type: placeholderAttributes.type }),
  parseHTML: () => [],
  renderHTML({ mark }) {
    return [
      'span',
      {
        class: 'newer-content-mark',
        'data-newer-type': String(mark.attrs.type),
        title: placeholderLabel(String(mark.attrs.type)),
      },
      0,
    ];
  },
});

export interface PlaceholderFound {
  /** The unknown type ("factBox"; for a mark, the names of its unknown marks). */
  type: string;
  /** Where it is in the document, in ProseMirror positions. */
  from: number;
  to: number;
}

const isPlaceholderMark = (mark: PMMark) => mark.type.name === NEWER_MARK;

/** Every placeholder in the document, in reading order; a run of text under one placeholder mark counts once. */
export function placeholdersIn(doc: PMNode): PlaceholderFound[] {
  const found: PlaceholderFound[] = [];
  doc.descendants((node, pos) => {
    if (isPlaceholderType(node.type.name)) {
      found.push({ type: String(node.attrs.type), from: pos, to: pos + node.nodeSize });
      return false;
    }
    const mark = node.marks.find(isPlaceholderMark);
    if (mark) {
      const last = found.at(-1);
      if (last && last.to === pos && last.type === mark.attrs.type) last.to = pos + node.nodeSize;
      else found.push({ type: String(mark.attrs.type), from: pos, to: pos + node.nodeSize });
    }
    return true;
  });
  return found;
}

/** The first placeholder's type, or null: stops at the first one. */
export function firstPlaceholder(doc: PMNode): string | null {
  let type: string | null = null;
  doc.descendants((node) => {
    if (type !== null) return false;
    if (isPlaceholderType(node.type.name)) type = String(node.attrs.type);
    else {
      const mark = node.marks.find(isPlaceholderMark);
      if (mark) type = String(mark.attrs.type);
    }
    return type === null;
  });
  return type;
}
