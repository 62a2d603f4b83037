// The article body as semantic HTML, drawn by the body schema's own toDOM renderers without a
// DOM: each distinct rendering is turned into strings once, then a walk over the document only
// looks them up and escapes text. Built once per export batch.
import type { Mark, MarkType, Node as PMNode, NodeType, Schema } from '@tiptap/pm/model';
import { isPlaceholderType } from '../body/placeholders';
import { escapeAttribute, escapeText } from './escape';
import { wrapperOf, type Wrapper } from './dom-spec';
import { exportedHref } from './link-href';
import { newerContentRefusal } from './unpublishable';

/** What one article lends the body: who its quotations are by, when they are to carry it. */
export interface BodyContext {
  /** Source id → the source's name; null when quotations are exported as plain text. */
  quoteSources: ReadonlyMap<string, string> | null;
}

// A batch over many files meets few distinct headings or list starts; a hostile file with
// thousands of different ones must not make the cache grow without end.
const MAX_CACHED = 512;

/** A mark as it is rendered: the mark itself (to compare with its neighbours) and its wrapper. */
interface OpenMark {
  mark: Mark;
  wrapper: Wrapper;
}

const NO_MARKS: readonly OpenMark[] = [];

/** A comment's range and a suggested edit: for the desk, never for readers (core/review/as-it-stands.ts). */
const DESK_MARKS = new Set(['comment', 'insertion', 'deletion']);

export class BodyHtml {
  private readonly nodeWrappers = new Map<NodeType, Wrapper | Map<string, Wrapper>>();
  private readonly markWrappers = new Map<MarkType, Wrapper>();
  private readonly linkWrappers = new Map<string, Wrapper | null>();
  private readonly link: MarkType | undefined;
  private readonly quote: MarkType | undefined;
  private readonly pullQuoteAttribution: NodeType | undefined;

  constructor(private readonly schema: Schema) {
    this.link = schema.marks.link;
    this.quote = schema.marks.quote;
    this.pullQuoteAttribution = schema.nodes.pullQuoteAttribution;
    for (const type of Object.values(schema.nodes)) {
      if (type.isText || !type.spec.toDOM || isPlaceholderType(type.name)) continue;
      // A type without attributes always renders the same: draw it now.
      this.nodeWrappers.set(
        type,
        Object.keys(type.spec.attrs ?? {}).length === 0 ? wrapperOf(type.spec.toDOM(type.create())) : new Map(),
      );
    }
    for (const type of Object.values(schema.marks)) {
      if (type === this.link || type === this.quote || isPlaceholderType(type.name)) continue;
      // The desk's marks never go out: the exporter renders the body as it stands, without them.
      if (DESK_MARKS.has(type.name)) continue;
      // A new mark with attributes needs a decision on what of them readers get: fail until it has one.
      if (Object.keys(type.spec.attrs ?? {}).length > 0)
        throw new Error(`the export does not know how to render the "${type.name}" mark`);
      this.markWrappers.set(type, wrapperOf(type.spec.toDOM!(type.create(), true)));
    }
  }

  /**
   * The body JSON as HTML. Throws when the JSON does not fit the schema, and refuses a newer
   * file's placeholders (UnpublishableContent) where it meets them: no walk of its own.
   */
  render(body: unknown, context: BodyContext): string {
    const doc = this.schema.nodeFromJSON(body);
    doc.check();
    return this.blocks(doc, context);
  }

  private blocks(parent: PMNode, context: BodyContext): string {
    let html = '';
    const count = parent.childCount;
    for (let index = 0; index < count; index++) {
      const node = parent.child(index);
      // A pull quote without a credit is a quote alone: no empty caption.
      if (node.type === this.pullQuoteAttribution && node.content.size === 0) continue;
      const wrapper = this.nodeWrapper(node);
      html +=
        wrapper.open + (node.isTextblock ? this.inline(node, context) : this.blocks(node, context)) + wrapper.close;
    }
    return html;
  }

  private nodeWrapper(node: PMNode): Wrapper {
    const known = this.nodeWrappers.get(node.type);
    if (known === undefined) {
      if (isPlaceholderType(node.type.name)) throw newerContentRefusal(String(node.attrs.type));
      throw new Error(`the export cannot render a "${node.type.name}" node`);
    }
    if (!(known instanceof Map)) return known;
    const key = JSON.stringify(node.attrs);
    let wrapper = known.get(key);
    if (!wrapper) {
      if (known.size >= MAX_CACHED) known.clear();
      wrapper = wrapperOf(node.type.spec.toDOM!(node));
      known.set(key, wrapper);
    }
    return wrapper;
  }

  /**
   * A textblock's content. Marks stay open across neighbouring text that shares them, as
   * ProseMirror's DOM serializer keeps them (outer marks by the schema's order), so
   * "<strong>a <em>b</em> c</strong>" is not cut into three <strong>s.
   */
  private inline(block: PMNode, context: BodyContext): string {
    let html = '';
    const open: OpenMark[] = [];
    const count = block.childCount;
    for (let index = 0; index < count; index++) {
      const child = block.child(index);
      const marks = child.marks.length === 0 ? NO_MARKS : this.renderedMarks(child.marks, context);
      let kept = 0;
      while (kept < open.length && kept < marks.length && marks[kept]!.mark.eq(open[kept]!.mark)) kept++;
      while (open.length > kept) html += open.pop()!.wrapper.close;
      for (let next = kept; next < marks.length; next++) {
        html += marks[next]!.wrapper.open;
        open.push(marks[next]!);
      }
      if (child.isText) html += escapeText(child.text!);
      else {
        // An inline leaf (a hard break): its markup alone.
        const leaf = this.nodeWrapper(child);
        html += leaf.open + leaf.close;
      }
    }
    while (open.length > 0) html += open.pop()!.wrapper.close;
    return html;
  }

  /** The marks that draw markup here; a link that may not go out and a plain quotation draw none. */
  private renderedMarks(marks: readonly Mark[], context: BodyContext): OpenMark[] {
    const rendered: OpenMark[] = [];
    for (const mark of marks) {
      const wrapper =
        mark.type === this.link
          ? this.linkWrapper(mark)
          : mark.type === this.quote
            ? quoteWrapper(mark, context)
            : this.markWrappers.get(mark.type);
      if (wrapper) rendered.push({ mark, wrapper });
      else if (mark.type.name === 'insertion')
        throw new Error('a suggested insertion reached the export: the body must be read as it stands');
      else if (wrapper === undefined && isPlaceholderType(mark.type.name))
        throw newerContentRefusal(String(mark.attrs.type));
    }
    return rendered;
  }

  /** A link's wrapper, or null for a link that may not go out; decided once per address. */
  private linkWrapper(mark: Mark): Wrapper | null {
    const key = `${String(mark.attrs.href)}\u0000${String(mark.attrs.title ?? '')}`;
    let wrapper = this.linkWrappers.get(key);
    if (wrapper === undefined) {
      if (this.linkWrappers.size >= MAX_CACHED) this.linkWrappers.clear();
      wrapper = exportedHref(mark.attrs.href) === null ? null : wrapperOf(mark.type.spec.toDOM!(mark, true));
      this.linkWrappers.set(key, wrapper);
    }
    return wrapper;
  }
}

/**
 * An attributed quotation carries its source's name (only the name) when the newsroom asks
 * for it; otherwise a quotation is exported exactly as written, with no markup of its own.
 */
function quoteWrapper(mark: Mark, context: BodyContext): Wrapper | null {
  if (context.quoteSources === null) return null;
  const name = context.quoteSources.get(mark.attrs.sourceId as string);
  if (name === undefined || name === '') return null;
  return { open: `<span class="quote" data-source="${escapeAttribute(name)}">`, close: '</span>' };
}
