// Finding text in a body: case, whole words in any script, marks inside a block, never across blocks,
// look-alike quotes, dashes and ellipses, and regular expressions.
import { describe, expect, it } from 'vitest';
import { b, br, doc as bodyDoc, i, node, p, type BodyJSON } from '../../builders/body';
import { compileQuery, findMatches, type FindQuery } from '../../../core/find/search';

const doc = (...blocks: BodyJSON[]) => node(bodyDoc(...blocks));

const q = (query: string, options: Partial<FindQuery> = {}): FindQuery => ({
  query,
  matchCase: false,
  wholeWord: false,
  regex: false,
  ...options,
});
const texts = (d: ReturnType<typeof doc>, query: FindQuery) =>
  findMatches(d, query).map((m) => d.textBetween(m.from, m.to));

describe('findMatches', () => {
  const story = doc(p('The mayor met the Mayor’s aides. Mayoral race. Mayor Ruiz.'), p('Don’t mayor.'));

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
    const d = doc(p('Кабул и КАБУЛЬСКИЙ аэропорт; Straße, STRASSE'));
    expect(texts(d, q('кабул', { wholeWord: true }))).toEqual(['Кабул']);
    expect(texts(d, q('кабул'))).toEqual(['Кабул', 'КАБУЛ']);
  });

  it('finds text across bold and italic inside one paragraph, with document positions', () => {
    const d = doc(p('a ', b('bud'), i('get'), ' vote'));
    const [match] = findMatches(d, q('budget vote'));
    expect(match).toEqual({ from: 3, to: 14 });
    expect(d.textBetween(match!.from, match!.to)).toBe('budget vote');
  });

  it('never matches across paragraphs or across a hard break', () => {
    const d = doc(p('end of one'), p('two starts', br(), 'here'));
    expect(findMatches(d, q('one two'))).toEqual([]);
    expect(findMatches(d, q('oneTwo'))).toEqual([]);
    expect(findMatches(d, q('startshere'))).toEqual([]);
    expect(texts(d, q('here'))).toEqual(['here']);
  });

  it('treats regular-expression characters in the query as text', () => {
    const d = doc(p('cost (est.) $5 a+b [x]'));
    expect(texts(d, q('(est.) $5'))).toEqual(['(est.) $5']);
    expect(texts(d, q('a+b [x]'))).toEqual(['a+b [x]']);
  });

  it.each<[string, string]>([
    ["don't", 'don’t'],
    ['don’t', "don't"],
    ['"Yes," she said', '“Yes,” she said'],
    ['„Ja“', '"Ja"'],
    ['2-1', '2–1'],
    ['well - maybe', 'well — maybe'],
    ['-5', '−5'],
    ['wait...', 'wait…'],
    ['wait…', 'wait...'],
    ['5\'11"', '5′11″'],
    ['10 km', '10\u00a0km'],
  ])('the query %j finds %j, exactly', (query, text) => {
    const d = doc(p(`Before ${text} after.`));
    expect(texts(d, q(query))).toEqual([text]);
  });

  it('maps matches after an ellipsis back to the document’s own positions', () => {
    const d = doc(p('Wait… then “wait…” and wait'));
    expect(texts(d, q('wait'))).toEqual(['Wait', 'wait', 'wait']);
    expect(findMatches(d, q('wait')).map((m) => m.from)).toEqual([1, 13, 24]);
    expect(texts(d, q('"wait..."'))).toEqual(['“wait…”']);
  });

  it('never finds part of an ellipsis: a full stop is not a third of "…"', () => {
    const d = doc(p('End. Or not… Really..'));
    expect(texts(d, q('.'))).toEqual(['.', '.', '.']);
    expect(texts(d, q('..'))).toEqual(['..']);
    expect(texts(d, q('not.'))).toEqual([]);
  });

  it('keeps whole words whole across folded apostrophes', () => {
    const d = doc(p("Don’t go, don't stay, O’Brien and Brien’s don"));
    expect(texts(d, q("don't", { wholeWord: true }))).toEqual(['Don’t', "don't"]);
    expect(texts(d, q('don', { wholeWord: true }))).toEqual(['don']);
    expect(texts(d, q('brien', { wholeWord: true }))).toEqual([]);
  });
});

describe('findMatches with a regular expression', () => {
  const r = (query: string, options: Partial<FindQuery> = {}) => q(query, { regex: true, ...options });
  const story = doc(p('Votes: 1,204 for, 98 against. Don’t count 7.'), p('Mayor Ruiz, mayor-elect Ortiz'));

  it.each<[string, Partial<FindQuery>, string[]]>([
    [String.raw`\d+`, {}, ['1', '204', '98', '7']],
    [String.raw`\d{1,3}(,\d{3})*`, {}, ['1,204', '98', '7']],
    ['mayor', { matchCase: true }, ['mayor']],
    ['mayor', {}, ['Mayor', 'mayor']],
    [String.raw`May\w`, {}, ['Mayo', 'mayo']],
    [String.raw`May\w`, { wholeWord: true }, []],
    [String.raw`May\w+`, { wholeWord: true }, ['Mayor', 'mayor']],
    ["don't|against", {}, ['against', 'Don’t']],
    [String.raw`^\w+`, {}, ['Votes', 'Mayor']],
    [String.raw`\w+$`, {}, ['Ortiz']],
    ['x*', {}, []],
    ['(?<title>Mayor) (?<name>\\p{Lu}\\p{Ll}+)', {}, ['Mayor Ruiz']],
  ])('%j %j', (query, options, expected) => {
    expect(texts(story, r(query, options)).sort()).toEqual([...expected].sort());
  });

  it('reads a quote, dash or ellipsis in the expression as the look-alikes it stands for', () => {
    const d = doc(p("“Wait…” – don't… 1990–95"));
    expect(texts(d, r('“\\w+…”'))).toEqual(['“Wait…”']);
    expect(texts(d, r(String.raw`\d+-\d+`))).toEqual(['1990–95']);
    expect(texts(d, r('don’t\\.{3}'))).toEqual(["don't…"]);
  });

  it('finds nothing, and says why, when the expression is not valid', () => {
    const d = doc(p('(a) [b]'));
    for (const query of ['(', '[b', 'a)(', '*', '\\']) {
      expect(findMatches(d, r(query)), query).toEqual([]);
      expect(compileQuery(r(query)).problem, query).toMatch(/^Not a valid regular expression: .+\.$/);
    }
    expect(compileQuery(r('(')).problem).toBe('Not a valid regular expression: unterminated group.');
    expect(compileQuery(r('*')).problem).toBe('Not a valid regular expression: nothing to repeat.');
    expect(compileQuery(q('(')).problem).toBeNull();
    expect(compileQuery(r('')).problem).toBeNull();
  });
});
