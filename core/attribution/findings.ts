// Every quotation in the body with who said it and whether that is known: what the Quotes panel
// shows and what the pre-publish checks judge.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Source } from '../article/source';
import type { DetectedQuotation, QuotePiece } from './detected';
import { markedQuotes } from './marked-quotes';
import type { SpeakerOffer } from '../quotes/calibration';
import { sourceLabel, type SuggestedSpeaker } from './unnamed-sources';

export type FindingStatus = 'attributed' | 'unattributed' | 'unknown-source';

export interface QuoteFinding {
  /** Null for a quotation the detector found that is not marked yet. */
  quoteId: string | null;
  sourceId: string | null;
  pieces: QuotePiece[];
  from: number;
  text: string;
  /** The source's name once attributed, else the detector's suggestion, else null. */
  speaker: string | null;
  obtained: Source['obtained'];
  /** 1 for a reporter's attribution; the detector's confidence for a suggestion. */
  confidence: number;
  /** True when `speaker` is only the detector's suggestion. */
  suggested: boolean;
  /** The detector's suggestion in full (title, kind), for one-click attribution; null once marked or when it abstained. */
  suggestion: SuggestedSpeaker | null;
  /** What the suggestion may offer by its measured reliability: one click, a question, or nothing. 'none' once marked. */
  offer: SpeakerOffer;
  status: FindingStatus;
}

export function quoteFindings(
  doc: PMNode,
  sources: readonly Source[],
  detected: readonly DetectedQuotation[],
): QuoteFinding[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const marked = markedQuotes(doc);
  const findings: QuoteFinding[] = marked.map((quote) => {
    const source = quote.sourceId === null ? undefined : byId.get(quote.sourceId);
    const status: FindingStatus = quote.sourceId === null ? 'unattributed' : source ? 'attributed' : 'unknown-source';
    return {
      quoteId: quote.quoteId,
      sourceId: quote.sourceId,
      pieces: quote.pieces,
      from: quote.pieces[0]!.from,
      text: quote.text,
      speaker: source ? sourceLabel(source) : null,
      obtained: source?.obtained ?? null,
      confidence: 1,
      suggested: false,
      suggestion: null,
      offer: 'none',
      status,
    };
  });
  const markedPieces = marked.flatMap((quote) => quote.pieces);
  for (const quotation of detected) {
    if (quotation.pieces.length === 0) continue;
    if (quotation.pieces.some((piece) => markedPieces.some((mark) => mark.from < piece.to && piece.from < mark.to)))
      continue;
    findings.push({
      quoteId: null,
      sourceId: null,
      pieces: quotation.pieces,
      from: quotation.pieces[0]!.from,
      text: quotation.pieces.map((piece) => doc.textBetween(piece.from, piece.to)).join(' '),
      speaker: quotation.speaker,
      obtained: null,
      confidence: quotation.confidence,
      suggested: true,
      suggestion:
        quotation.speaker === null
          ? null
          : {
              speaker: quotation.speaker,
              speakerTitle: quotation.speakerTitle,
              speakerKind: quotation.speakerKind,
              cue: quotation.cue,
            },
      offer: quotation.speaker === null ? 'none' : quotation.offer,
      status: 'unattributed',
    });
  }
  return findings.sort((a, b) => a.from - b.from);
}

export interface SourceCount {
  sourceId: string;
  name: string;
  quotes: number;
}

/** How many quotations each source in the list has, in the list's order, zeros included. */
export function countsBySource(findings: readonly QuoteFinding[], sources: readonly Source[]): SourceCount[] {
  return sources.map((source) => ({
    sourceId: source.id,
    name: sourceLabel(source),
    quotes: findings.filter((finding) => finding.status === 'attributed' && finding.sourceId === source.id).length,
  }));
}

export interface FindingsSummary {
  quotations: number;
  sources: number;
  unattributed: number;
  unknownSource: number;
}

export function summarize(findings: readonly QuoteFinding[], sources: readonly Source[]): FindingsSummary {
  return {
    quotations: findings.length,
    sources: sources.length,
    unattributed: findings.filter((finding) => finding.status === 'unattributed').length,
    unknownSource: findings.filter((finding) => finding.status === 'unknown-source').length,
  };
}

/** "5 quotations, 1 source, 0 unattributed". */
export function summaryLine(summary: FindingsSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    plural(summary.quotations, 'quotation', 'quotations'),
    plural(summary.sources, 'source', 'sources'),
    `${summary.unattributed} unattributed`,
  ];
  if (summary.unknownSource > 0) parts.push(`${summary.unknownSource} not in the source list`);
  return parts.join(', ');
}
