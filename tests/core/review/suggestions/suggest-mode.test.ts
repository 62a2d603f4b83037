import { describe, expect, it } from 'vitest';
import { acceptSuggestions, rejectSuggestions } from '../../../../core/review/suggestions/decide';
import { suggestionsIn } from '../../../../core/review/suggestions/list';
import { isSuggesting } from '../../../../core/review/suggest-mode';
import { Slice } from '@tiptap/pm/model';
import { doc, node, p } from '../../../builders/body';
import { SuggestingDesk } from './suggest-harness';

const text = (desk: SuggestingDesk) => desk.doc.textBetween(0, desk.doc.content.size, '\n');
// "The council voted." — positions: the paragraph opens at 0, "T" is at 1.
const council = () => node(doc(p('The council voted.')));

describe('Suggest mode', () => {
  it('typing a word is one insertion by the person, and the words as they stood are untouched', () => {
    const desk = new SuggestingDesk(council());
    expect(isSuggesting(desk.state)).toBe(true);
    desk.select(13);
    desk.type('unanimously ');
    expect(text(desk)).toBe('The council unanimously voted.');
    expect(suggestionsIn(desk.doc)).toEqual([
      expect.objectContaining({ kind: 'insert', new: 'unanimously ', by: 'Amina Rahim' }),
    ]);
    expect(rejectSuggestions(desk.doc, 'all').eq(council())).toBe(true);
  });

  it('Backspace strikes out letter after letter into one deletion, and the cursor moves back over them', () => {
    const desk = new SuggestingDesk(council());
    desk.select(18); // after "voted"
    for (let i = 0; i < 5; i++) desk.backspace();
    expect(text(desk)).toBe('The council voted.');
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'delete', old: 'voted' })]);
    expect(desk.state.selection.head).toBe(13);
    desk.type('met');
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'replace', old: 'voted', new: 'met' })]);
    expect(acceptSuggestions(desk.doc, 'all').eq(node(doc(p('The council met.'))))).toBe(true);
  });

  it('Delete goes forward over the words it struck out', () => {
    const desk = new SuggestingDesk(council());
    desk.select(1);
    for (let i = 0; i < 4; i++) desk.forwardDelete();
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'delete', old: 'The ' })]);
    expect(desk.state.selection.head).toBe(5);
  });

  it('taking back words one suggested removes them for real', () => {
    const desk = new SuggestingDesk(council());
    desk.select(13);
    desk.type('all ');
    for (let i = 0; i < 4; i++) desk.backspace();
    expect(desk.doc.eq(council())).toBe(true);
    expect(suggestionsIn(desk.doc)).toEqual([]);
  });

  it("typing over a selection suggests the replacement; a colleague's edit right beside it is a suggestion of its own", () => {
    const desk = new SuggestingDesk(council());
    desk.select(5, 12); // "council"
    desk.type('mayor');
    desk.person = { name: 'Omar Haddad' };
    desk.select(desk.doc.content.size - 2); // before the full stop
    desk.type(' twice');
    const listed = suggestionsIn(desk.doc);
    expect(listed.map(({ kind, old, new: added, by }) => ({ kind, old, new: added, by }))).toEqual([
      { kind: 'replace', old: 'council', new: 'mayor', by: 'Amina Rahim' },
      { kind: 'insert', old: '', new: ' twice', by: 'Omar Haddad' },
    ]);
    const onlyAmina = acceptSuggestions(desk.doc, new Set([listed[0]!.id]));
    expect(onlyAmina.textContent).toBe('The mayor voted twice.');
    expect(rejectSuggestions(onlyAmina, 'all').eq(node(doc(p('The mayor voted.'))))).toBe(true);
  });

  it('off, edits change the words as they are', () => {
    const desk = new SuggestingDesk(council(), undefined, false);
    desk.select(13);
    desk.type('then ');
    expect(suggestionsIn(desk.doc)).toEqual([]);
    expect(text(desk)).toBe('The council then voted.');
  });

  it('pasted words from inside a paragraph are one suggestion, with their own marks', () => {
    const desk = new SuggestingDesk(council());
    const copied = node(doc(p('after a long debate '))).slice(1, 21); // a paragraph's words, open at both ends
    desk.select(13);
    desk.dispatch((state) => state.tr.replaceSelection(copied).setMeta('uiEvent', 'paste'));
    expect(text(desk)).toBe('The council after a long debate voted.');
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'insert', new: 'after a long debate ' })]);
    expect(rejectSuggestions(desk.doc, 'all').eq(council())).toBe(true);
  });

  it('pasted paragraphs go in with every pasted word suggested; rejecting them leaves none of their words', () => {
    const desk = new SuggestingDesk(council());
    const copied = new Slice(node(doc(p('First.'), p('Second.'))).content, 0, 0);
    desk.select(desk.doc.content.size);
    desk.dispatch((state) => state.tr.replaceSelection(copied));
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'insert', new: 'First. Second.' })]);
    const rejected = rejectSuggestions(desk.doc, 'all');
    // The paragraph the pasted ones were put in stays, empty: a paragraph break carries no mark.
    expect(rejected.textBetween(0, rejected.content.size, '|')).toBe('The council voted.|');
  });

  it('a paste that splits a paragraph, rejected, joins it again; accepted, it reads as pasted', () => {
    const desk = new SuggestingDesk(council());
    const copied = node(doc(p('after a debate.'), p('Then it'))).slice(1, 25); // open at both ends
    desk.select(13);
    desk.dispatch((state) => state.tr.replaceSelection(copied));
    expect(desk.doc.childCount).toBe(2);
    expect(rejectSuggestions(desk.doc, 'all').eq(council())).toBe(true);
    expect(acceptSuggestions(desk.doc, 'all').eq(node(doc(p('The council after a debate.'), p('Then itvoted.'))))).toBe(
      true,
    );
  });

  it('a deletion from one paragraph into the next, accepted, joins them as deleting did outside Suggest mode', () => {
    const desk = new SuggestingDesk(node(doc(p('The council met.'), p('Later it voted.'))));
    desk.select(13, 28); // from “met.” to “Later it ”
    desk.backspace();
    expect(desk.doc.childCount).toBe(2);
    expect(acceptSuggestions(desk.doc, 'all').eq(node(doc(p('The council voted.'))))).toBe(true);
  });

  it('Enter splits the paragraph as it is (a paragraph break is no suggestion); what is typed after it is', () => {
    const desk = new SuggestingDesk(council());
    desk.select(12);
    desk.dispatch((state) => state.tr.split(state.selection.from));
    desk.type('Then it');
    expect(desk.doc.childCount).toBe(2);
    expect(suggestionsIn(desk.doc)).toEqual([expect.objectContaining({ kind: 'insert', new: 'Then it' })]);
    expect(text(desk)).toBe('The council\nThen it voted.');
  });

  it('one command that changes several places (Replace all, left to right) suggests each on its own', () => {
    const desk = new SuggestingDesk(node(doc(p('The council met. The council voted.'))));
    desk.dispatch((state) => {
      const tr = state.tr.insertText('board', 5, 12); // the first “council”: later positions move back by 2
      return tr.insertText('board', 20, 27);
    });
    const listed = suggestionsIn(desk.doc);
    expect(listed.map(({ kind, old, new: added }) => ({ kind, old, new: added }))).toEqual([
      { kind: 'replace', old: 'council', new: 'board' },
      { kind: 'replace', old: 'council', new: 'board' },
    ]);
    expect(new Set(listed.map(({ id }) => id)).size).toBe(2);
    expect(acceptSuggestions(desk.doc, 'all').eq(node(doc(p('The board met. The board voted.'))))).toBe(true);
    expect(acceptSuggestions(desk.doc, new Set([listed[1]!.id])).textContent).toBe(
      'The councilboard met. The board voted.',
    );
    expect(rejectSuggestions(desk.doc, 'all').eq(node(doc(p('The council met. The council voted.'))))).toBe(true);
  });
});
