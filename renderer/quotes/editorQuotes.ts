// The attribution state of the body editor as the panels read it: detected quotations, findings,
// and the one-click attribution that creates a missing source on the way.
import type { Editor } from '@tiptap/core';
import type { Source } from '../../core/article/source';
import { newSource } from '../../core/article/source';
import type { AttributionOptions } from '../../core/attribution/attribution';
import { unmarkedDetectedAt } from '../../core/attribution/attribution';
import type { DetectedQuotation } from '../../core/attribution/detected';
import { quoteFindings, type QuoteFinding } from '../../core/attribution/findings';
import { randomId } from '../../core/attribution/ids';
import { addSource, findSourceByName } from '../../core/attribution/sources';
import {
  findSourceForSpeaker,
  sourceForSpeaker,
  speakerLabel,
  type SuggestedSpeaker,
} from '../../core/attribution/unnamed-sources';
import type { ArticleSession } from '../session/articleSession';

export function detectedIn(editor: Editor): readonly DetectedQuotation[] {
  const extension = editor.extensionManager.extensions.find((candidate) => candidate.name === 'attribution');
  return extension ? (extension.options as AttributionOptions).detected(editor.state) : [];
}

export function findingsIn(editor: Editor, sources: readonly Source[]): QuoteFinding[] {
  return quoteFindings(editor.state.doc, sources, detectedIn(editor));
}

/** The detected quotation under the cursor that nobody attributed yet, if any. */
export function suggestionAtCursor(editor: Editor): DetectedQuotation | null {
  return unmarkedDetectedAt(editor.state, detectedIn(editor), editor.state.selection.from);
}

/** The source with this name, added to the article first if the list lacks it. */
export function sourceNamed(
  session: ArticleSession,
  name: string,
  details: Partial<Pick<Source, 'title' | 'kind'>> = {},
): Source {
  const sources = session.getFields().sources;
  const existing = findSourceByName(sources, name);
  if (existing) return existing;
  const created = newSource(randomId(), name.trim(), details);
  session.editFields({ sources: addSource(sources, created) });
  return created;
}

/** The suggested speaker's source, added to the article first if the list lacks it (an unnamed one without a name). */
export function sourceForSuggestion(session: ArticleSession, speaker: SuggestedSpeaker): Source {
  const sources = session.getFields().sources;
  const existing = findSourceForSpeaker(sources, speaker);
  if (existing) return existing;
  const created = sourceForSpeaker(randomId(), speaker);
  session.editFields({ sources: addSource(sources, created) });
  return created;
}

/** The one-click offer's words: "Attribute to Jens Stoltenberg", "Attribute to an unnamed source: a NATO spokesperson". */
export function offerLabel(quotation: DetectedQuotation): string | null {
  return quotation.speaker ? `Attribute to ${speakerLabel({ ...quotation, speaker: quotation.speaker })}` : null;
}

/** "Attribute to <suggested speaker>": one click creates the source when needed and marks the whole quotation. */
export function acceptSuggestion(editor: Editor, session: ArticleSession, quotation: DetectedQuotation): boolean {
  if (!quotation.speaker) return false;
  const source = sourceForSuggestion(session, { ...quotation, speaker: quotation.speaker });
  return editor.chain().focus().attributeQuote({ sourceId: source.id, pieces: quotation.pieces }).run();
}

/** Transaction metadata: quotations were attributed from a panel, so the panels look again at once. */
export const ATTRIBUTED_FROM_PANEL = 'bylineAttributedFromPanel';

/**
 * Every listed quotation to one source in one transaction, so a single Undo takes them all back.
 * A detected quotation is marked whole; one already marked but unattributed keeps its id.
 */
export function attributeAll(editor: Editor, findings: readonly QuoteFinding[], sourceId: string): boolean {
  if (findings.length === 0) return false;
  let chain = editor.chain().command(({ tr }) => {
    tr.setMeta(ATTRIBUTED_FROM_PANEL, true);
    return true;
  });
  for (const finding of findings)
    chain =
      finding.quoteId === null
        ? chain.attributeQuote({ sourceId, pieces: finding.pieces })
        : chain.changeAttribution(finding.quoteId, sourceId);
  return chain.run();
}
