// A tiny language for export tests: story(doc(h2('Talks'), p('She said ', q('s1', '“no”'))), { headline: … }).
import { newArticle, type Article, type ArticleUpdate } from '../../../core/article/article';
import { newSource, type Source } from '../../../core/article/source';
import type { BodyJSON } from '../../../core/body/schema';
import { defaultSettings, type Settings } from '../../../core/settings/settings';

type Inline = string | BodyJSON;
type MarkJSON = NonNullable<BodyJSON['marks']>[number];

const inline = (parts: Inline[]): BodyJSON[] =>
  parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
const block = (type: string, parts: Inline[], attrs?: Record<string, unknown>): BodyJSON => {
  const content = inline(parts);
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
};
const marked = (mark: MarkJSON, parts: Inline[]): BodyJSON[] =>
  inline(parts).map((node) => ({ ...node, marks: [...(node.marks ?? []), mark] }));

export const doc = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'doc', content: blocks });
export const p = (...parts: Inline[]) => block('paragraph', parts);
export const h = (level: number, ...parts: Inline[]) => block('heading', parts, { level });
export const li = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'listItem', content: blocks });
export const ul = (...items: BodyJSON[]): BodyJSON => ({ type: 'bulletList', content: items });
export const ol = (attrs: Record<string, unknown>, ...items: BodyJSON[]): BodyJSON => ({
  type: 'orderedList',
  attrs,
  content: items,
});
export const blockquote = (...blocks: BodyJSON[]): BodyJSON => ({ type: 'blockquote', content: blocks });
export const pullQuote = (text: Inline[], credit: Inline[]): BodyJSON => ({
  type: 'pullQuote',
  content: [block('pullQuoteText', text), block('pullQuoteAttribution', credit)],
});
export const hr = (): BodyJSON => ({ type: 'horizontalRule' });
export const br = (): BodyJSON => ({ type: 'hardBreak' });

/** Inline marks; each returns the pieces to spread into a block: p('a ', ...b('bold')). */
export const b = (...parts: Inline[]) => marked({ type: 'bold' }, parts);
export const i = (...parts: Inline[]) => marked({ type: 'italic' }, parts);
export const s = (...parts: Inline[]) => marked({ type: 'strike' }, parts);
export const a = (href: string, ...parts: Inline[]) => marked({ type: 'link', attrs: { href } }, parts);
export const q = (sourceId: string | null, text: string, quoteId = `quote-${sourceId ?? 'none'}`) =>
  marked({ type: 'quote', attrs: { quoteId, sourceId } }, [text]);

export const source = (id: string, name: string, fields: Partial<Omit<Source, 'id' | 'name'>> = {}): Source =>
  newSource(id, name, fields);
export const update = (id: string, kind: ArticleUpdate['kind'], at: string, note: string): ArticleUpdate => ({
  id,
  kind,
  at,
  note,
  by: 'Desk editor',
});

/** A draft article with the given fields; the rest as a new article has them. */
export function story(body: BodyJSON, fields: Partial<Article> = {}): Article {
  return {
    ...newArticle({
      id: 'article-0001',
      slug: 'nato-allies-meet',
      headline: 'NATO allies meet',
      now: '2021-02-18T12:00:00-05:00',
    }),
    body,
    ...fields,
  };
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('America/New_York'), newsroomName: 'The Kabul Ledger', ...fields };
}

/** An article with every header field, both dates and an update of each kind. */
export function fullStory(body: BodyJSON, fields: Partial<Article> = {}): Article {
  return story(body, {
    status: 'published',
    kicker: 'Afghanistan',
    section: 'World',
    headline: 'We will only leave when the time is right: Stoltenberg',
    deck: 'NATO defence ministers end two days of talks without a decision on troops.',
    bylines: [
      { name: 'Amina Rahim', role: 'Staff reporter' },
      { name: 'Jonas Berg', role: null },
    ],
    dateline: { place: 'BRUSSELS', timeZone: 'Europe/Brussels' },
    tags: ['NATO', 'Afghanistan'],
    publishedAt: '2021-02-18T21:14:00-05:00',
    updatedAt: '2021-02-19T15:00:00Z',
    updates: [
      update('u1', 'update', '2021-02-19T08:30:00Z', 'Adds the minister’s statement.'),
      update('u2', 'clarification', '2021-02-19T09:00:00Z', 'Makes clear the talks were online.'),
      update('u3', 'correction', '2021-02-19T15:00:00Z', 'An earlier version gave the wrong date for the talks.'),
    ],
    sources: [source('s1', 'Jens Stoltenberg', { title: 'NATO Secretary General', organisation: 'NATO' })],
    ...fields,
  });
}

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
