// @vitest-environment jsdom
// Find and replace in a real editor: highlights, "3 of 12", stepping, replacing, one undo step.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { findPluginKey, findState } from '../../../core/find/find-state';
import { findMatches } from '../../../core/find/search';
import { cursorAfter, newsroomEditor, paragraphsText, type } from '../body/typing';

let editor: Editor;
afterEach(() => editor?.destroy());

const query = (text: string, matchCase = false, wholeWord = false, regex = false) => ({
  query: text,
  matchCase,
  wholeWord,
  regex,
});
const selected = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);
const highlighted = (cls: string) => [...editor.view.dom.querySelectorAll(`.${cls}`)].map((el) => el.textContent);

describe('FindReplace', () => {
  it('highlights every match and counts them', () => {
    editor = newsroomEditor('<p>Rain, rain and <strong>RAIN</strong>.</p><p>No rain here? Rainfall.</p>');
    editor.commands.setFindQuery(query('rain'));
    expect(findState(editor.state)).toMatchObject({ total: 5, current: 1 });
    expect(highlighted('find-match')).toEqual(['Rain', 'rain', 'RAIN', 'rain', 'Rain']);
    expect(highlighted('find-match-current')).toEqual(['Rain']);
    editor.commands.setFindQuery(query('rain', true, true));
    expect(findState(editor.state).total).toBe(2);
  });

  it('steps forward and back with wrapping, selecting the match', () => {
    editor = newsroomEditor('<p>one fish two fish</p><p>red fish</p>');
    editor.commands.setFindQuery(query('fish'));
    editor.commands.findNext();
    expect(findState(editor.state).current).toBe(2);
    expect(selected()).toBe('fish');
    editor.commands.findNext();
    expect(findState(editor.state).current).toBe(3);
    editor.commands.findNext();
    expect(findState(editor.state).current).toBe(1);
    editor.commands.findPrevious();
    expect(findState(editor.state).current).toBe(3);
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 'fish'.length - 1);
  });

  it('starts from the match after the cursor', () => {
    editor = newsroomEditor('<p>fish one</p><p>fish two</p><p>fish three</p>');
    cursorAfter(editor, 'two');
    editor.commands.setFindQuery(query('fish'));
    expect(findState(editor.state).current).toBe(3);
  });

  it('replaces the current match and moves to the next', () => {
    editor = newsroomEditor('<p>colour and colour</p><p>colour</p>');
    editor.commands.setFindQuery(query('colour'));
    editor.commands.replaceCurrent('color');
    expect(paragraphsText(editor)).toEqual(['color and colour', 'colour']);
    expect(findState(editor.state)).toMatchObject({ total: 2, current: 1 });
    expect(selected()).toBe('colour');
    editor.commands.replaceCurrent('color');
    expect(paragraphsText(editor)).toEqual(['color and color', 'colour']);
  });

  it('replaces all in one undo step', () => {
    editor = newsroomEditor('<p>Kyiv, kyiv</p><p>KYIV and Kyivan</p>');
    editor.commands.setFindQuery(query('kyiv', false, true));
    expect(findState(editor.state).total).toBe(3);
    editor.commands.replaceAll('Kyiv City');
    expect(paragraphsText(editor)).toEqual(['Kyiv City, Kyiv City', 'Kyiv City and Kyivan']);
    editor.commands.undo();
    expect(paragraphsText(editor)).toEqual(['Kyiv, kyiv', 'KYIV and Kyivan']);
  });

  it('follows typing: new matches appear, broken ones go, others keep their place', () => {
    editor = newsroomEditor('<p>the vote</p><p>a second vote</p><p>third</p>');
    editor.commands.setFindQuery(query('vote'));
    cursorAfter(editor, 'third');
    type(editor, ' vote');
    expect(findState(editor.state).total).toBe(3);
    cursorAfter(editor, 'the vot');
    type(editor, 'x');
    expect(findState(editor.state).total).toBe(2);
    expect(highlighted('find-match')).toEqual(['vote', 'vote']);
    editor.commands.setContent('<p>vote vote vote vote</p>');
    expect(findState(editor.state).total).toBe(4);
  });

  it('after many edits, the followed matches equal a fresh search of the whole body', () => {
    editor = newsroomEditor('<p>tax cut</p><p>tax rise</p><ul><li><p>no tax</p></li></ul>');
    editor.commands.setFindQuery(query('tax', false, true));
    cursorAfter(editor, 'cut');
    type(editor, ' and taxi tax');
    editor.commands.enter();
    type(editor, 'tax tax');
    cursorAfter(editor, 'no t');
    editor.commands.deleteRange({ from: editor.state.selection.from - 4, to: editor.state.selection.from });
    const followed = findPluginKey.getState(editor.state)!.matches;
    expect(followed).toEqual(findMatches(editor.state.doc, query('tax', false, true)));
    expect(followed.length).toBe(5);
  });

  it('with no query, typing leaves the find state untouched', () => {
    editor = newsroomEditor('<p>quiet</p>');
    const before = findPluginKey.getState(editor.state);
    type(editor, 'more words');
    expect(findPluginKey.getState(editor.state)).toBe(before);
  });

  it('clearFind removes highlights and the count', () => {
    editor = newsroomEditor('<p>storm</p>');
    editor.commands.setFindQuery(query('storm'));
    editor.commands.clearFind();
    expect(findState(editor.state)).toMatchObject({ total: 0, current: 0 });
    expect(highlighted('find-match')).toEqual([]);
  });

  it('finds what smart typography made of the same keystrokes, and replaces it', () => {
    editor = newsroomEditor('<p></p>');
    type(editor, `"I don't know," she said -- twice...`);
    expect(paragraphsText(editor)).toEqual(['“I don’t know,” she said — twice…']);
    editor.commands.setFindQuery(query("don't"));
    expect(matchTexts()).toEqual(['don’t']);
    editor.commands.setFindQuery(query('"i'));
    expect(matchTexts()).toEqual(['“I']);
    editor.commands.setFindQuery(query('said - twice...'));
    editor.commands.replaceCurrent('said twice');
    expect(paragraphsText(editor)).toEqual(['“I don’t know,” she said twice']);
  });

  it('with a regular expression, Replace fills in $1, $<name>, $& and $$, keeping the document’s quotes', () => {
    editor = newsroomEditor('<p>“Yes,” said Ruiz. ‘No,’ said Ortiz.</p>');
    editor.commands.setFindQuery(query(String.raw`"(\w+),"\s+said\s+(?<who>\w+)`, false, false, true));
    expect(matchTexts()).toEqual(['“Yes,” said Ruiz']);
    editor.commands.replaceCurrent('$<who> said: $1 ($$5, $&)');
    expect(paragraphsText(editor)).toEqual(['Ruiz said: Yes ($5, “Yes,” said Ruiz). ‘No,’ said Ortiz.']);
  });

  it('with a regular expression, Replace all gives each match its own groups in one undo step', () => {
    editor = newsroomEditor('<p>Smith, John; Ruiz, Ana</p><p>O’Brien, Sean</p>');
    editor.commands.setFindQuery(query(String.raw`([\p{L}']+), (\p{L}+)`, false, false, true));
    expect(findState(editor.state).total).toBe(3);
    editor.commands.replaceAll('$2 $1');
    expect(paragraphsText(editor)).toEqual(['John Smith; Ana Ruiz', 'Sean O’Brien']);
    editor.commands.undo();
    expect(paragraphsText(editor)).toEqual(['Smith, John; Ruiz, Ana', 'O’Brien, Sean']);
  });

  it('puts text in as typed when the query is not a regular expression', () => {
    editor = newsroomEditor('<p>cost: 5 dollars</p>');
    editor.commands.setFindQuery(query('5 dollars'));
    editor.commands.replaceAll('$1 and $&');
    expect(paragraphsText(editor)).toEqual(['cost: $1 and $&']);
  });

  it('an expression that is not valid finds nothing and replaces nothing', () => {
    editor = newsroomEditor('<p>(a) and (b)</p>');
    editor.commands.setFindQuery(query('(a', false, false, true));
    expect(findState(editor.state)).toMatchObject({
      total: 0,
      problem: 'Not a valid regular expression: unterminated group.',
    });
    expect(editor.commands.replaceAll('x')).toBe(false);
    editor.commands.setFindQuery(query('\\(a\\)', false, false, true));
    expect(findState(editor.state)).toMatchObject({ total: 1, problem: null });
  });

  it('follows typing with a regular expression as a fresh search would', () => {
    editor = newsroomEditor('<p>in 1990</p><p>by 2025</p>');
    editor.commands.setFindQuery(query(String.raw`\b\d{4}\b`, false, false, true));
    cursorAfter(editor, 'by 2025');
    type(editor, ' or 20261');
    cursorAfter(editor, 'in 1990');
    type(editor, '–95');
    const followed = findPluginKey.getState(editor.state)!.matches;
    expect(followed).toEqual(findMatches(editor.state.doc, query(String.raw`\b\d{4}\b`, false, false, true)));
    expect(followed.map((m) => editor.state.doc.textBetween(m.from, m.to))).toEqual(['1990', '2025']);
  });
});

/** The document's own text of every match. */
function matchTexts(): string[] {
  return findPluginKey.getState(editor.state)!.matches.map((m) => editor.state.doc.textBetween(m.from, m.to));
}
