// HTML to an article body through the body schema's own parse rules (the ones the editor pastes
// with), on a server-side DOM, then without the empty blocks page layout leaves behind.
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import { bodySchema, emptyBody, type BodyJSON } from '../../../core/body/schema';

let parser: SchemaParser | null = null;

export function bodyFromHtml(container: Element): BodyJSON {
  parser ??= SchemaParser.fromSchema(bodySchema());
  const doc = parser.parse(container).toJSON() as BodyJSON;
  const blocks = (doc.content ?? []).filter(hasText);
  return blocks.length > 0 ? { type: 'doc', content: blocks } : emptyBody();
}

/** Whether a block holds any visible text, in itself or its children (a list of empty items does not). */
function hasText(node: BodyJSON): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  return (node.content ?? []).some(hasText);
}
