// Finding text in a body: case, whole words in any script, marks inside a block, never across blocks.
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../core/body/schema';
import { findMatches, type FindQuery } from '../../../core/find/search';

const schema = bodySchema();
const t = (text: string, ...marks: string[]) =>
  schema.text(
    text,
    marks.map((m) => schema.marks[m]!.create()),
  );
const p = (...content: ReturnType<typeof t>[]) => schema.nodes.paragraph!.create(null, content);
const br = () => schema.nodes.hardBreak!.create();
const doc = (...blocks: ReturnType<typeof p>[]) => schema.nodes.doc!.create(null, blocks);

const q = (query: string, options: Partial<FindQuery> = {}): FindQuery => ({
  query,
  matchCase: false,
  wholeWord: false,
  ...options,
});
const texts = (d: ReturnType<typeof doc>, query: FindQuery) =>
  findMatches(d, query).map((m) => d.textBetween(m.from, m.to));

describe('findMatches', () => {
  const story = doc(p(t('The mayor met the Mayor’s aides. Mayoral race. Mayor Ruiz.')), p(t('Don’t mayor.')));

  it.each<[string, Partial<FindQuery>, string[]]>([
    ['mayor', {}, ['mayor', 'Mayor', 'Mayor', 'Mayor', 'mayor']],
    ['Mayor', { matchCase: true }, ['Mayor', 'Mayor', 'Mayor']],
    // The apostrophe belongs to the word: "Mayor’s" is not the whole word "mayor".
    ['mayor', { wholeWord: true }, ['mayor', 'Mayor', 'mayor']],
    ['mayor’s', { wholeWord: true }, ['Mayor’s']],
    ['Mayor', { wholeWord: true, matchCase: true }, ['Mayor']],
    ['don', { wholeWord: true }, []],
    ['don’t', { wholeWord: true }, ['Don’t']],
    ['', {}, []],
    ['.', {}, ['.', '.', '.', '.']],
  ])('%j %j', (query, options, expected) => {
    expect(texts(story, q(query, options))).toEqual(expected);
  });

  it('matches whole words in other scripts and folds their case', () => {
    const d = doc(p(t('Кабул и КАБУЛЬСКИЙ аэропорт; Straße, STRASSE')));
    expect(texts(d, q('кабул', { wholeWord: true }))).toEqual(['Кабул']);
    expect(texts(d, q('кабул'))).toEqual(['Кабул', 'КАБУЛ']);
  });

  it('finds text across bold and italic inside one paragraph, with document positions', () => {
    const d = doc(p(t('a '), t('bud', 'bold'), t('get', 'italic'), t(' vote')));
    const [match] = findMatches(d, q('budget vote'));
    expect(match).toEqual({ from: 3, to: 14 });
    expect(d.textBetween(match!.from, match!.to)).toBe('budget vote');
  });

  it('never matches across paragraphs or across a hard break', () => {
    const d = doc(p(t('end of one')), p(t('two starts'), br(), t('here')));
    expect(findMatches(d, q('one two'))).toEqual([]);
    expect(findMatches(d, q('oneTwo'))).toEqual([]);
    expect(findMatches(d, q('startshere'))).toEqual([]);
    expect(texts(d, q('here'))).toEqual(['here']);
  });

  it('treats regular-expression characters in the query as text', () => {
    const d = doc(p(t('cost (est.) $5 a+b [x]')));
    expect(texts(d, q('(est.) $5'))).toEqual(['(est.) $5']);
    expect(texts(d, q('a+b [x]'))).toEqual(['a+b [x]']);
  });
});
