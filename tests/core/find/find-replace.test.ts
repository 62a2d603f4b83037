// @vitest-environment jsdom
// Find and replace in a real editor: highlights, "3 of 12", stepping, replacing, one undo step.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { findPluginKey, findState } from '../../../core/find/find-state';
import { findMatches } from '../../../core/find/search';
import { cursorAfter, newsroomEditor, paragraphsText, type } from '../body/typing';

let editor: Editor;
afterEach(() => editor?.destroy());

const query = (text: string, matchCase = false, wholeWord = false) => ({ query: text, matchCase, wholeWord });
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
});
