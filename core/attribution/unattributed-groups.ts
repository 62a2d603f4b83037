// Unattributed quotations gathered by who the detector suggests said them, so fifteen quotations
// of one spokesperson are one line to read and one decision ("Attribute all 15 to …"). Only
// suggestions reliable enough for one click are gathered for that decision: a candidate the
// detector is less sure of is a question the reporter answers quotation by quotation, so it sits
// in a group of its own, and one too weak to show at all counts as no suggestion.
import type { SpeakerOffer } from '../quotes/calibration';
import type { QuoteFinding } from './findings';
import type { SuggestedSpeaker } from './unnamed-sources';
import { normalName } from './sources';

export interface UnattributedGroup {
  /**
   * The suggested speaker as compared ("a nato spokesperson"), with a "?" after it for a group
   * of questions ("ana ruiz?"); '' for quotations with no suggestion to show.
   */
  key: string;
  /** Null when there is no candidate to show: those quotations still need the reporter's choice, one source for all. */
  speaker: SuggestedSpeaker | null;
  /**
   * 'one-click': every quotation may go to `speaker` in one click (and all at once);
   * 'question': each is only asked about ("Ana Ruiz?"), never attributed in bulk; 'none': no candidate.
   */
  offer: SpeakerOffer;
  /** In reading order. */
  findings: QuoteFinding[];
}

/** The candidate this finding may show, and how; a suggestion too weak to show is none. */
function candidateOf(finding: QuoteFinding): { key: string; speaker: SuggestedSpeaker | null; offer: SpeakerOffer } {
  const { suggestion, offer } = finding;
  if (!suggestion || offer === 'none') return { key: '', speaker: null, offer: 'none' };
  const key = offer === 'question' ? `${normalName(suggestion.speaker)}?` : normalName(suggestion.speaker);
  return { key, speaker: suggestion, offer };
}

/** The unattributed findings by suggested speaker and offer, groups in the order their first quotation appears. */
export function groupUnattributed(findings: readonly QuoteFinding[]): UnattributedGroup[] {
  const groups = new Map<string, UnattributedGroup>();
  for (const finding of [...findings].sort((a, b) => a.from - b.from)) {
    if (finding.status !== 'unattributed') continue;
    const { key, speaker, offer } = candidateOf(finding);
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { key, speaker, offer, findings: [finding] });
  }
  return [...groups.values()];
}
