// A schema type's own rendering (its DOMOutputSpec, as toDOM returns it) written as HTML
// strings, split at the content hole: what goes before a node's content and what after.
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { escapeAttribute, escapeText } from './escape';
import { exportedHref } from './link-href';

export interface Wrapper {
  /** The opening markup, up to where the content goes. */
  open: string;
  /** The closing markup after the content; empty for void elements such as <br>. */
  close: string;
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);
const ORDERED_LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

/**
 * The attributes a reader's copy keeps, by element. The editor's renderers add editing aids
 * (classes, ids, empty target and rel) and a file may carry values a page cannot (an ordered
 * list starting at "abc"); only what is meaningful and valid in published HTML goes out.
 */
function keptValue(tag: string, name: string, value: string): string | null {
  switch (`${tag} ${name}`) {
    case 'a href':
      return exportedHref(value);
    case 'a title':
      return value === '' ? null : value;
    case 'ol start':
      return /^-?\d{1,9}$/.test(value) ? value : null;
    case 'ol type':
      return ORDERED_LIST_TYPES.has(value) ? value : null;
    case 'figure data-type':
      return value;
    default:
      return null;
  }
}

function attributesOf(tag: string, attrs: Record<string, unknown>): string {
  let out = '';
  for (const [name, raw] of Object.entries(attrs)) {
    if (raw === null || raw === undefined || raw === false) continue;
    const value = keptValue(tag, name, String(raw));
    if (value !== null) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

const isAttributes = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('nodeType' in value);

/** Serializes the spec; the parts before and after its hole (0) go to `open` and `close`. */
function write(spec: DOMOutputSpec, parts: { before: string; after: string; holes: number }): void {
  if (typeof spec === 'string') {
    parts[parts.holes === 0 ? 'before' : 'after'] += escapeText(spec);
    return;
  }
  if (!Array.isArray(spec)) throw new Error('the export renders only array DOM specs (the body schema uses no other)');
  const [tag, ...rest] = spec as [string, ...unknown[]];
  if (!/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`"${tag}" is not an HTML element name`);
  const attrs = isAttributes(rest[0]) ? (rest.shift() as Record<string, unknown>) : {};
  const side = () => (parts.holes === 0 ? 'before' : 'after');
  parts[side()] += `<${tag}${attributesOf(tag, attrs)}>`;
  if (VOID_ELEMENTS.has(tag)) return;
  for (const child of rest) {
    if (child === 0) {
      if (++parts.holes > 1) throw new Error('a DOM spec has more than one content hole');
    } else write(child as DOMOutputSpec, parts);
  }
  parts[side()] += `</${tag}>`;
}

/** The wrapper a DOM spec draws around its content. Called once per distinct rendering, not per node. */
export function wrapperOf(spec: DOMOutputSpec): Wrapper {
  const parts = { before: '', after: '', holes: 0 };
  write(spec, parts);
  return { open: parts.before, close: parts.after };
}
