// An imported body's quotations, marked as the editor's "Attribute to …" would mark them: each
// detected quotation with a suggested speaker points at that speaker's source, created when the
// article has none by that name. One the detector could not attribute stays unmarked, so the
// Quotes tab flags it for the reporter.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Source } from '../article/source';
import type { NewId } from '../attribution/ids';
import { addSource } from '../attribution/sources';
import { findSourceForSpeaker, sourceForSpeaker } from '../attribution/unnamed-sources';
import { bodySchema, type BodyJSON } from '../body/schema';
import { detectWhole } from '../quotes/detection-state';
import { ScansByNode } from '../quotes/incremental';
import { markedRanges, withMarksAdded, type MarkAddition } from './add-marks';

export interface MarkedBody {
  body: BodyJSON;
  sources: Source[];
  /** Quotations found with no suggested speaker: left for the reporter. */
  unattributed: number;
}

export function markQuotations(body: BodyJSON, sources: readonly Source[], newId: NewId): MarkedBody {
  const doc = bodySchema().nodeFromJSON(body);
  const quote = bodySchema().marks.quote!;
  const alreadyMarked = markedRanges(doc, quote);
  const additions: MarkAddition[] = [];
  let known = [...sources];
  let unattributed = 0;
  for (const quotation of detectWhole(doc, new ScansByNode<PMNode>()).quotes) {
    // A quotation that arrived marked (a Byline export read back) keeps the attribution it had.
    if (quotation.ranges.some(({ from, to }) => alreadyMarked(from, to))) continue;
    if (quotation.speaker === null) {
      unattributed++;
      continue;
    }
    const speaker = { ...quotation, speaker: quotation.speaker };
    let source = findSourceForSpeaker(known, speaker);
    if (!source) {
      // An unnamed speaker ("a spokeswoman") becomes a source with no name and the phrase as its role.
      source = sourceForSpeaker(newId(), speaker);
      known = addSource(known, source);
    }
    const mark = quote.create({ quoteId: newId(), sourceId: source.id });
    for (const { from, to } of quotation.ranges) additions.push({ from, to, mark });
  }
  // All at once, in one pass over the body: marks change no positions, so the detector's ranges hold.
  return { body: withMarksAdded(doc, additions).toJSON() as BodyJSON, sources: known, unattributed };
}
