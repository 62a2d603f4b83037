// QuoteDetection: the editor's live list of detected quotations, in document positions, kept up
// to date per transaction. Blocks a transaction did not replace keep their scans, and only the
// stretch of the article whose attribution the change can reach is walked again.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import {
  CHECKPOINT_SPACING,
  detectAfterEdit,
  detectWhole,
  type DetectedQuote,
  type DetectionState,
} from './detection-state';
import { ScansByNode } from './incremental';

export type { DetectedQuote } from './detection-state';

export const quoteDetectionKey = new PluginKey<DetectionState>('quoteDetection');

/**
 * `scans` is where the plugin keeps each textblock's scan; pass one in to watch how many get
 * rescanned. `checkpointSpacing` (paragraphs, default 16) is for tests that put checkpoints close.
 */
export function quoteDetectionPlugin(
  scans = new ScansByNode<PMNode>(),
  checkpointSpacing = CHECKPOINT_SPACING,
): Plugin<DetectionState> {
  return new Plugin<DetectionState>({
    key: quoteDetectionKey,
    state: {
      init: (_, state) => detectWhole(state.doc, scans, checkpointSpacing),
      apply: (tr, detection, _, state) =>
        tr.docChanged ? detectAfterEdit(detection, state.doc, scans, checkpointSpacing) : detection,
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
