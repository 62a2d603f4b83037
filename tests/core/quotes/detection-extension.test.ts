// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../core/body/extensions';
import { bodySchema } from '../../../core/body/schema';
import { detectedQuotes, QuoteDetection, quoteDetectionPlugin } from '../../../core/quotes/detection-extension';
import { ScansByNode } from '../../../core/quotes/incremental';
import { doc as bodyDoc, node, p } from '../../builders/body';

const schema = bodySchema();
/** A document of plain paragraphs, one per text. */
const doc = (...paragraphs: string[]) => node(bodyDoc(...paragraphs.map((text) => p(text))));

function stateWith(body: PMNode, scans = new ScansByNode<PMNode>()): EditorState {
  return EditorState.create({ schema, doc: body, plugins: [quoteDetectionPlugin(scans)] });
}

const typeAt = (state: EditorState, pos: number, text: string) => state.apply(state.tr.insertText(text, pos));

describe('QuoteDetection in the editor', () => {
  it('gives each quotation’s pieces as document ranges that cover exactly the quoted words', () => {
    const state = stateWith(
      doc('Mayor Ann Fox spoke.', '“The bridge opens today.', '“Traffic starts at noon,” she said.'),
    );

    const [quote] = detectedQuotes(state);

    expect(quote!.speaker).toBe('Ann Fox');
    expect(quote!.ranges.map(({ from, to }) => state.doc.textBetween(from, to))).toEqual([
      'The bridge opens today.',
      'Traffic starts at noon,',
    ]);
  });

  it('rescans only the paragraph a keystroke changed and maps the others’ quotations to their new place', () => {
    const scans = new ScansByNode<PMNode>();
    let state = stateWith(doc('Intro.', '“First,” Ana Ruiz said.', 'Middle.', '“Second,” Ana Ruiz said.'), scans);
    const before = scans.rescanned;

    state = typeAt(state, 2, 'An ');

    expect(scans.rescanned - before).toBe(1);
    expect(detectedQuotes(state).map(({ ranges }) => state.doc.textBetween(ranges[0]!.from, ranges[0]!.to))).toEqual([
      'First,',
      'Second,',
    ]);
  });

  it('follows typing: a quotation appears when its closing mark is typed', () => {
    let state = stateWith(doc('Ana Ruiz said: “We stay'));
    expect(detectedQuotes(state).map(({ text }) => text)).toEqual(['We stay']);

    state = typeAt(state, state.doc.content.size - 1, '.” Then she left.');

    expect(detectedQuotes(state).map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'We stay.', speaker: 'Ana Ruiz' },
    ]);
  });

  it('keeps the last result when a transaction changes only the selection', () => {
    const state = stateWith(doc('“Yes, we will,” Ana Ruiz said.'));

    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));

    expect(detectedQuotes(moved)).toBe(detectedQuotes(state));
  });

  it('installs as a TipTap extension beside the body extensions', () => {
    const editor = new Editor({
      extensions: [...bodyExtensions(), QuoteDetection],
      content: '<p>“We will rebuild,” Mayor Ann Fox said.</p>',
    });

    expect(detectedQuotes(editor.state).map(({ speaker, speakerTitle }) => ({ speaker, speakerTitle }))).toEqual([
      { speaker: 'Ann Fox', speakerTitle: 'Mayor' },
    ]);
    editor.destroy();
  });
});
