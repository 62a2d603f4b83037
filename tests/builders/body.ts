// One language for article bodies in every test, checked against the real schema as it is built:
// doc(p('The council ', b('voted'), '.'), h(2, 'Next'), blockquote(p('…'))). A mark returns the
// marked pieces, which a block takes as they are or spread: p('a ', b('bold')) or p('a ', ...b('bold')).
import type { Node as PMNode } from '@tiptap/pm/model';
import { bodySchema, checkBody, type BodyJSON } from '../../core/body/schema';

export type { BodyJSON };
export type Inline = string | BodyJSON | readonly BodyJSON[];
type MarkJSON = NonNullable<BodyJSON['marks']>[number];

const inline = (parts: readonly Inline[]): BodyJSON[] =>
  parts.flatMap((part) => (typeof part === 'string' ? (part === '' ? [] : [{ type: 'text', text: part }]) : part));
const block = (type: string, parts: readonly Inline[], attrs?: Record<string, unknown>): BodyJSON => {
  const content = inline(parts);
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
};
const marked = (mark: MarkJSON, parts: readonly Inline[]): BodyJSON[] =>
  inline(parts).map((node) => ({ ...node, marks: [...(node.marks ?? []), mark] }));

/** The document; throws when the test wrote something the body schema refuses, so no test rests on a body no reporter could have. */
export function doc(...blocks: BodyJSON[]): BodyJSON {
  const body: BodyJSON = { type: 'doc', content: blocks };
  const checked = checkBody(body);
  if (!checked.ok) throw new Error(`The test's body does not fit the schema: ${checked.message}`);
  return body;
}

/** A document left unchecked, for tests of what happens to a body the schema refuses. */
export const unfitDoc = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'doc', content: blocks });

/** The same document as ProseMirror holds it. */
export const node = (body: BodyJSON): PMNode => bodySchema().nodeFromJSON(body);

/** The document as the editor and import give it back: every attribute with its default, as ProseMirror writes it. */
export const asStored = (body: BodyJSON): BodyJSON => node(body).toJSON() as BodyJSON;

export const p = (...parts: Inline[]) => block('paragraph', parts);
/** A text node with marks given as JSON, for marks no builder names (or values a reader must refuse). */
export const text = (value: string, marks?: MarkJSON[]): BodyJSON => ({
  type: 'text',
  text: value,
  ...(marks && marks.length > 0 ? { marks } : {}),
});
/** A document of plain paragraphs, one for each text; an empty text is an empty paragraph, as ProseMirror writes it. */
export const paragraphs = (...texts: string[]): BodyJSON => doc(...texts.map((value) => p(value)));
export const h = (level: 2 | 3 | 4, ...parts: Inline[]) => block('heading', parts, { level });
export const li = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'listItem', content: blocks });
export const ul = (...items: BodyJSON[]): BodyJSON => ({ type: 'bulletList', content: items });
/** A numbered list; a first argument that is not a list item is its attributes: ol({ start: 3 }, li(…)). */
export function ol(...args: (BodyJSON | Record<string, unknown>)[]): BodyJSON {
  const [first, ...rest] = args;
  const attrs = first !== undefined && first.type !== 'listItem' ? (first as Record<string, unknown>) : null;
  const items = (attrs ? rest : args) as BodyJSON[];
  return { type: 'orderedList', ...(attrs ? { attrs } : {}), content: items };
}
export const blockquote = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'blockquote', content: blocks });
export const pullQuote = (text: Inline | readonly Inline[], credit: Inline | readonly Inline[]): BodyJSON => ({
  type: 'pullQuote',
  content: [
    block('pullQuoteText', Array.isArray(text) ? (text as Inline[]) : [text as Inline]),
    block('pullQuoteAttribution', Array.isArray(credit) ? (credit as Inline[]) : [credit as Inline]),
  ],
});
export const hr = (): BodyJSON => ({ type: 'horizontalRule' });
export const br = (): BodyJSON => ({ type: 'hardBreak' });

export const b = (...parts: Inline[]) => marked({ type: 'bold' }, parts);
export const i = (...parts: Inline[]) => marked({ type: 'italic' }, parts);
export const s = (...parts: Inline[]) => marked({ type: 'strike' }, parts);
export const a = (href: string, ...parts: Inline[]) => marked({ type: 'link', attrs: { href } }, parts);
/** A marked quotation: attributed to `sourceId` (null: marked, nobody chosen yet). */
export const q = (sourceId: string | null, text: string, quoteId = `quote-${sourceId ?? 'none'}`) =>
  marked({ type: 'quote', attrs: { quoteId, sourceId } }, [text]);
/** Words a comment thread is on. */
export const cm = (threadId: string, ...parts: Inline[]) => marked({ type: 'comment', attrs: { threadId } }, parts);
/** Words someone suggested adding (`ins`) or taking away (`del`), as one suggestion `id`. */
export const ins = (id: string, by: string, ...parts: Inline[]) =>
  marked({ type: 'insertion', attrs: { id, by, at: '2021-02-18T12:00:00Z' } }, parts);
export const del = (id: string, by: string, ...parts: Inline[]) =>
  marked({ type: 'deletion', attrs: { id, by, at: '2021-02-18T12:00:00Z' } }, parts);

/** A body with every node and mark the schema has, each in a plausible place. */
export function everyNodeAndMark(): BodyJSON {
  return doc(
    p(
      'Allied ministers met on Wednesday. ',
      ...b('Bold'),
      ' ',
      ...i('italic'),
      ' ',
      ...s('struck'),
      ' and ',
      ...a('https://www.nato.int/', 'a link'),
      '.',
    ),
    p(
      'Jens Stoltenberg said ',
      ...q('s1', '“We will only leave when the time is right.”'),
      ' He added more.',
      br(),
      'A second line.',
    ),
    h(2, 'What was decided'),
    ul(li(p('Troop numbers')), li(p('Training missions'), ul(li(p('Nested point'))))),
    h(3, 'Numbers'),
    ol({ start: 3 }, li(p('Third')), li(p('Fourth'))),
    h(4, 'The statement'),
    blockquote(p('Full text of the statement.'), p('Its second paragraph.')),
    pullQuote(['We will only leave when the time is right.'], ['Jens Stoltenberg, ', ...i('NATO Secretary General')]),
    hr(),
    p('Reporting by ', ...a('mailto:desk@example.com', 'the desk'), '.'),
  );
}
