// A newer Byline's body made showable here: every node or mark this version does not know (or
// knows without some attribute the newer one gave it) becomes a placeholder (placeholders.ts),
// so the article opens read-only with each unknown piece visible instead of not at all.
import type { Attrs, Schema } from '@tiptap/pm/model';
import { NEWER_BLOCK, NEWER_INLINE, NEWER_MARK } from './placeholders';
import type { BodyJSON } from './schema';

export interface ShowableBody {
  body: BodyJSON;
  /** The unknown types, each once, in reading order ("factBox", `link with "nofollow"`). */
  unknown: string[];
}

/** Longest text a placeholder shows of what it stands for. */
const PREVIEW_CHARS = 200;

type MarkJSON = NonNullable<BodyJSON['marks']>[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first attribute this version does not know on a node or mark of a known type, or null. */
function unknownAttribute(known: Attrs | undefined, attrs: unknown): string | null {
  if (!isRecord(attrs)) return null;
  for (const name of Object.keys(attrs)) if (!known || !Object.hasOwn(known, name)) return name;
  return null;
}

function preview(node: unknown): string {
  let text = '';
  const walk = (value: unknown): void => {
    if (text.length > PREVIEW_CHARS || !isRecord(value)) return;
    if (typeof value.text === 'string') text += (text === '' || /\s$/.test(text) ? '' : ' ') + value.text;
    if (Array.isArray(value.content)) for (const child of value.content) walk(child);
  };
  walk(node);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}

export function showableBody(json: BodyJSON, schema: Schema): ShowableBody {
  const unknown = new Set<string>();
  const nodes = schema.nodes as Record<string, Schema['nodes'][string]>;
  const marks = schema.marks as Record<string, Schema['marks'][string]>;

  const unknownName = (type: unknown, known: Attrs | undefined, attrs: unknown): string | null => {
    if (typeof type !== 'string' || known === undefined) return String(type);
    const attribute = unknownAttribute(known, attrs);
    return attribute === null ? null : `${type} with "${attribute}"`;
  };

  const convertMarks = (list: unknown): BodyJSON['marks'] => {
    if (!Array.isArray(list)) return list as BodyJSON['marks'];
    const kept: MarkJSON[] = [];
    const strange: string[] = [];
    for (const mark of list as unknown[]) {
      const type = isRecord(mark) ? mark.type : undefined;
      const spec = typeof type === 'string' && Object.hasOwn(marks, type) ? (marks[type]!.spec.attrs ?? {}) : undefined;
      const name = unknownName(type, spec, isRecord(mark) ? mark.attrs : undefined);
      if (name === null) kept.push(mark as MarkJSON);
      else strange.push(name);
    }
    for (const name of strange) unknown.add(name);
    // One placeholder mark, as a mark type appears at most once on a piece of text.
    if (strange.length > 0) kept.push({ type: NEWER_MARK, attrs: { type: strange.join(', ') } });
    return kept;
  };

  const convert = (node: BodyJSON, inline: boolean): BodyJSON => {
    const raw = node as unknown;
    const type = isRecord(raw) ? raw.type : undefined;
    const known = typeof type === 'string' && Object.hasOwn(nodes, type) ? nodes[type]! : undefined;
    const name = unknownName(type, known ? (known.spec.attrs ?? {}) : undefined, isRecord(raw) ? raw.attrs : undefined);
    if (name !== null || !known) {
      unknown.add(name ?? String(type));
      const placeholder: BodyJSON = {
        type: inline ? NEWER_INLINE : NEWER_BLOCK,
        attrs: { type: name ?? String(type), text: preview(raw) },
      };
      if (inline && node.marks !== undefined) placeholder.marks = convertMarks(node.marks);
      return placeholder;
    }
    const copy: BodyJSON = { ...node };
    if (node.marks !== undefined) copy.marks = convertMarks(node.marks);
    if (Array.isArray(node.content)) copy.content = node.content.map((child) => convert(child, known.inlineContent));
    return copy;
  };

  return { body: convert(json, false), unknown: [...unknown] };
}
