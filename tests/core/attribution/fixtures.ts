// Attribution in tests: a detected quotation where a text stands, a real editor with attribution,
// and the quote-marked runs it left. Bodies themselves come from tests/builders/body.ts.
import { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Attribution } from '../../../core/attribution/attribution';
import { speakerOffer, type SpeakerOffer } from '../../../core/quotes/calibration';
import type { DetectedQuotation, QuotePiece } from '../../../core/attribution/detected';
import { bodyExtensions } from '../../../core/body/extensions';
import type { BodyJSON } from '../../../core/body/schema';

/** A detected quotation covering `text` wherever it stands in the document (each listed text is one piece). */
export function detection(
  body: PMNode,
  texts: string[],
  speaker: string | null,
  confidence = 0.9,
  speakerTitle = '',
): DetectedQuotation {
  return {
    pieces: texts.map((text) => rangeOf(body, text)),
    speaker,
    speakerTitle,
    speakerKind: 'person',
    confidence,
    cue: speaker === null ? null : { kind: 'name', words: speaker },
    offer: speakerOffer(speaker, confidence),
  };
}

/**
 * The same detected quotation with the offer a test stages, whatever the calibration makes of its
 * confidence: the one-click path stays tested while no measured band allows one click.
 */
export const offering = (offer: SpeakerOffer, quotation: DetectedQuotation): DetectedQuotation => ({
  ...quotation,
  offer,
});

export function rangeOf(body: PMNode, text: string): QuotePiece {
  let found: QuotePiece | null = null;
  body.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(text);
    if (at >= 0) found = { from: pos + at, to: pos + at + text.length };
    return false;
  });
  if (!found) throw new Error(`"${text}" is not in the document`);
  return found;
}

/** A real editor over the body schema with attribution; `detect` stands in for the detector. */
export function attributionEditor(content: BodyJSON, detect: (body: PMNode) => DetectedQuotation[] = () => []): Editor {
  let counter = 0;
  return new Editor({
    extensions: [
      ...bodyExtensions(),
      Attribution.configure({ detected: (state) => detect(state.doc), newId: () => `quote-${++counter}` }),
    ],
    content,
  });
}

/** Each quote-marked run of text with its attributes, in document order. */
export function quoteRuns(editor: Editor): { text: string; quoteId: string; sourceId: string | null }[] {
  const runs: { text: string; quoteId: string; sourceId: string | null }[] = [];
  editor.state.doc.descendants((node) => {
    const mark = node.marks.find((candidate) => candidate.type.name === 'quote');
    if (node.isText && mark)
      runs.push({
        text: node.text!,
        quoteId: mark.attrs.quoteId as string,
        sourceId: mark.attrs.sourceId as string | null,
      });
  });
  return runs;
}
