// Unattributed quotations gathered by who the detector suggests said them, so fifteen quotations
// of one spokesperson are one line to read and one decision ("Attribute all 15 to …").
import type { QuoteFinding } from './findings';
import type { SuggestedSpeaker } from './unnamed-sources';

export interface UnattributedGroup {
  /** The suggested speaker as compared ("a nato spokesperson"); '' for quotations with no suggestion. */
  key: string;
  /** Null when the detector abstained: those quotations still need the reporter's choice, one source for all. */
  speaker: SuggestedSpeaker | null;
  /** In reading order. */
  findings: QuoteFinding[];
}

const keyOf = (finding: QuoteFinding): string =>
  finding.suggestion ? finding.suggestion.speaker.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase() : '';

/** The unattributed findings by suggested speaker, groups in the order their first quotation appears. */
export function groupUnattributed(findings: readonly QuoteFinding[]): UnattributedGroup[] {
  const groups = new Map<string, UnattributedGroup>();
  for (const finding of [...findings].sort((a, b) => a.from - b.from)) {
    if (finding.status !== 'unattributed') continue;
    const key = keyOf(finding);
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { key, speaker: finding.suggestion, findings: [finding] });
  }
  return [...groups.values()];
}
