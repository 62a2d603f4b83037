// QuoteDetection: the editor's live list of detected quotations, in document positions, kept up
// to date per transaction. Paragraphs a transaction did not replace keep their scans; a keystroke
// that leaves its paragraph's quotations and cues as they were only shifts offsets.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { detectAfterEdit, detectWhole, type DetectedQuote, type DetectionState } from './detection-state';
import { ScansByNode } from './incremental';

export type { DetectedQuote } from './detection-state';

export const quoteDetectionKey = new PluginKey<DetectionState>('quoteDetection');

/** `scans` is where the plugin keeps each textblock's scan; pass one in to watch how many get rescanned. */
export function quoteDetectionPlugin(scans = new ScansByNode<PMNode>()): Plugin<DetectionState> {
  return new Plugin<DetectionState>({
    key: quoteDetectionKey,
    state: {
      init: (_, state) => detectWhole(state.doc, scans),
      apply: (tr, detection, _, state) => (tr.docChanged ? (detectAfterEdit(detection, state.doc, scans) ?? detectWhole(state.doc, scans)) : detection),
    },
  });
}

/** The quotations detected in the editor's document, in document order; empty without the extension. */
export function detectedQuotes(state: EditorState): DetectedQuote[] {
  return quoteDetectionKey.getState(state)?.quotes ?? [];
}

export const QuoteDetection = Extension.create({
  name: 'quoteDetection',
  addProseMirrorPlugins() {
    return [quoteDetectionPlugin()];
  },
});
