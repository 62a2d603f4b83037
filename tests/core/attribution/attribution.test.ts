// @vitest-environment jsdom
// The attribution commands on a real editor: what the reporter sees marked, re-pointed or unmarked.
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { markedQuotes } from '../../../core/attribution/marked-quotes';
import { doc, p, q } from '../../builders/body';
import { attributionEditor, detection, quoteRuns, rangeOf } from './fixtures';

let editor: Editor;
afterEach(() => editor?.destroy());

const cursorIn = (text: string, offset = 2) =>
  editor.commands.setTextSelection(rangeOf(editor.state.doc, text).from + offset);

describe('attributing quotations', () => {
  it('marks the selected words as one quotation of the chosen source', () => {
    editor = attributionEditor(doc(p('The mayor said “we will rebuild” on Monday.')));
    editor.commands.setTextSelection(rangeOf(editor.state.doc, 'we will rebuild'));
    expect(editor.commands.attributeQuote({ sourceId: 'mayor' })).toBe(true);
    expect(quoteRuns(editor)).toEqual([{ text: 'we will rebuild', quoteId: 'quote-1', sourceId: 'mayor' }]);
  });

  it('gives every paragraph of an AP-style quotation under the cursor the same quote id', () => {
    const body = doc(
      p('Stoltenberg said: “We stand together.'),
      p('“We will not be divided.'),
      p('“Never.”'),
      p('Then he left.'),
    );
    editor = attributionEditor(body, (current) => [
      detection(current, ['We stand together.', '“We will not be divided.', '“Never.'], 'Jens Stoltenberg'),
    ]);
    cursorIn('We will not be divided.');
    expect(editor.commands.attributeQuote({ sourceId: 'jens' })).toBe(true);
    const runs = quoteRuns(editor);
    expect(runs.map((run) => run.text)).toEqual(['We stand together.', '“We will not be divided.', '“Never.']);
    expect(new Set(runs.map((run) => run.quoteId))).toEqual(new Set(['quote-1']));
    expect(runs.every((run) => run.sourceId === 'jens')).toBe(true);
  });

  it('does nothing with the cursor outside any quotation', () => {
    editor = attributionEditor(doc(p('No quotation here.')));
    cursorIn('quotation');
    expect(editor.commands.attributeQuote({ sourceId: 'x' })).toBe(false);
    expect(quoteRuns(editor)).toEqual([]);
  });

  it('changes the source of every piece of a quotation', () => {
    editor = attributionEditor(
      doc(p(q('s1', 'First part', 'a')), p(q('s1', 'second part', 'a')), p(q('s1', 'other', 'b'))),
    );
    expect(editor.commands.changeAttribution('a', 's2')).toBe(true);
    expect(quoteRuns(editor).map((run) => run.sourceId)).toEqual(['s2', 's2', 's1']);
  });

  it('removes the quote mark but keeps the words', () => {
    editor = attributionEditor(doc(p('He said ', q('s1', 'go home', 'a'), '.'), p(q('s1', 'stay', 'b'))));
    expect(editor.commands.removeAttribution('a')).toBe(true);
    expect(editor.state.doc.textContent).toBe('He said go home.stay');
    expect(quoteRuns(editor).map((run) => run.quoteId)).toEqual(['b']);
  });

  it('re-points the quotes of a merged source to the kept one, and unattributes those of a removed source', () => {
    editor = attributionEditor(doc(p(q('dup', 'one', 'a')), p(q('kept', 'two', 'b')), p(q('gone', 'three', 'c'))));
    editor.commands.reassignQuotes('dup', 'kept');
    editor.commands.reassignQuotes('gone', null);
    expect(markedQuotes(editor.state.doc).map((quote) => [quote.quoteId, quote.sourceId])).toEqual([
      ['a', 'kept'],
      ['b', 'kept'],
      ['c', null],
    ]);
    expect(editor.state.doc.textContent).toBe('onetwothree');
  });
});

describe('moving between quotations', () => {
  const body = doc(p('Start ', q('s1', 'first', 'a'), ' then ', q(null, 'second', 'b')), p('and “third” unmarked.'));
  const detect = (current: Parameters<typeof rangeOf>[0]) => [detection(current, ['third'], null, 0.3)];

  it('goes to the next and previous quotation, marked or detected, and wraps around', () => {
    editor = attributionEditor(body, detect);
    editor.commands.setTextSelection(1);
    const at = () => editor.state.selection.from;
    editor.commands.nextQuote();
    expect(at()).toBe(rangeOf(editor.state.doc, 'first').from);
    editor.commands.nextQuote();
    expect(at()).toBe(rangeOf(editor.state.doc, 'second').from);
    editor.commands.nextQuote();
    expect(at()).toBe(rangeOf(editor.state.doc, 'third').from);
    editor.commands.nextQuote();
    expect(at()).toBe(rangeOf(editor.state.doc, 'first').from);
    editor.commands.previousQuote();
    expect(at()).toBe(rangeOf(editor.state.doc, 'third').from);
  });

  it('skips attributed quotations when looking for the next unattributed one', () => {
    editor = attributionEditor(body, detect);
    editor.commands.setTextSelection(1);
    editor.commands.nextUnattributedQuote();
    expect(editor.state.selection.from).toBe(rangeOf(editor.state.doc, 'second').from);
    editor.commands.nextUnattributedQuote();
    expect(editor.state.selection.from).toBe(rangeOf(editor.state.doc, 'third').from);
  });

  it('underlines detected quotations that are not marked yet, and only those', () => {
    editor = attributionEditor(doc(p('He said “go” and “stay”.')), (current) => [
      detection(current, ['go'], 'A'),
      detection(current, ['stay'], 'B'),
    ]);
    editor.commands.setTextSelection(rangeOf(editor.state.doc, 'go'));
    editor.commands.attributeQuote({ sourceId: 's' });
    const underlined = [...editor.view.dom.querySelectorAll('.quote-suggestion')].map((element) => element.textContent);
    expect(underlined).toEqual(['stay']);
    expect(editor.view.dom.querySelector('span.quote')?.textContent).toBe('go');
  });
});
