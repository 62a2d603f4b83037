// An imported body's quotations, marked as the editor's "Attribute to …" would mark them: each
// detected quotation whose speaker the editor would offer with one click (core/quotes/calibration.ts)
// points at that speaker's source, created when the article has none by that name. One the detector
// could not attribute, or attributes only as a question, stays unmarked, so the Quotes tab asks the
// reporter: an import never settles a guess the editor itself would only ask about.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Source } from '../article/source';
import type { NewId } from '../attribution/ids';
import { addSource } from '../attribution/sources';
import { findSourceForSpeaker, sourceForSpeaker } from '../attribution/unnamed-sources';
import { bodySchema, type BodyJSON } from '../body/schema';
import { speakerOffer, type SpeakerOffer } from '../quotes/calibration';
import { detectWhole } from '../quotes/detection-state';
import { ScansByNode } from '../quotes/incremental';
import { markedRanges, withMarksAdded, type MarkAddition } from './add-marks';

export interface MarkedBody {
  body: BodyJSON;
  sources: Source[];
  /** Quotations found with no suggested speaker: left for the reporter. */
  unattributed: number;
  /** Quotations whose suggested speaker is only a question: left for the reporter to confirm. */
  toConfirm: number;
}

/** What the import may do with a detected quotation's suggested speaker. */
export type OfferOf = (quotation: { speaker: string | null; confidence: number }) => SpeakerOffer;

const measured: OfferOf = ({ speaker, confidence }) => speakerOffer(speaker, confidence);

export function markQuotations(
  body: BodyJSON,
  sources: readonly Source[],
  newId: NewId,
  offerOf: OfferOf = measured,
): MarkedBody {
  const doc = bodySchema().nodeFromJSON(body);
  const quote = bodySchema().marks.quote!;
  const alreadyMarked = markedRanges(doc, quote);
  const additions: MarkAddition[] = [];
  let known = [...sources];
  let unattributed = 0;
  let toConfirm = 0;
  for (const quotation of detectWhole(doc, new ScansByNode<PMNode>()).quotes) {
    // A quotation that arrived marked (a Byline export read back) keeps the attribution it had.
    if (quotation.ranges.some(({ from, to }) => alreadyMarked(from, to))) continue;
    const offer = offerOf(quotation);
    if (quotation.speaker === null || offer === 'none') {
      unattributed++;
      continue;
    }
    if (offer === 'question') {
      toConfirm++;
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
  return { body: withMarksAdded(doc, additions).toJSON() as BodyJSON, sources: known, unattributed, toConfirm };
}
