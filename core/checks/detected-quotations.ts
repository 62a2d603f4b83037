// The quotations the detector finds in a body, in document positions: the same reading the editor's
// QuoteDetection plugin makes of the same document, for callers without an editor (the CLI, the
// main process). The editor passes its own live results to the check instead.
import type { Node as PMNode } from '@tiptap/pm/model';
import { asDetectedQuotation, type DetectedQuotation } from '../attribution/detected';
import { bodySchema, type BodyJSON } from '../body/schema';
import { detectWhole } from '../quotes/detection-state';
import { ScansByNode } from '../quotes/incremental';

export function detectedQuotationsIn(doc: PMNode): DetectedQuotation[] {
  return detectWhole(doc, new ScansByNode<PMNode>()).quotes.map(asDetectedQuotation);
}

/** From an article's body JSON; throws what ProseMirror throws for a body outside the schema (see checkBody). */
export function detectedQuotationsOfBody(body: BodyJSON): DetectedQuotation[] {
  return detectedQuotationsIn(bodySchema().nodeFromJSON(body));
}
