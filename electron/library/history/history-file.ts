// The history file's records, one per line, appended and never rewritten:
//
//   {"rev":7,"at":"…","by":"Ana","reason":"edit","words":812,"kind":"delta","data":"…"}
//   {"seen":"Ben","rev":7,"at":"…"}
//
// A revision's header is plain JSON, so listing never decompresses anything. Its `data` is either
// a keyframe (the article file's whole text) or a delta from the revision just before it (the
// character edits of text-delta.ts), deflated (zlib, whose checksum catches a damaged payload)
// and in base64. A `seen` record notes the last
// revision a person looked at ("changes since I last looked").
//
// Reading forgives: a last line without its newline is an append cut short (the writer was
// killed) and is left out; a damaged line elsewhere is skipped and reported; a revision whose
// chain back to a keyframe is broken cannot be shown, but the ones after the next keyframe can.
import { deflateSync, inflateSync } from 'node:zlib';
import { isRevisionReason, type RevisionEntry } from '../../../core/review/history';
import { applyTextDelta, textDelta, type TextEdit } from './text-delta';

export type PayloadKind = 'key' | 'delta';

export interface RevisionRecord extends RevisionEntry {
  kind: PayloadKind;
  data: string;
}

export interface SeenRecord {
  seen: string;
  rev: number;
  at: string;
}

export interface HistoryContents {
  revisions: RevisionRecord[];
  seen: SeenRecord[];
  /** Lines that were neither a revision nor a seen record, or a revision out of order. */
  damaged: number;
}

/** A line this program writes starts so: anything else cut short is not an append of ours. */
const OWN_LINE = /^\{"(?:rev|seen)":/u;

export function parseHistory(text: string): HistoryContents {
  const contents: HistoryContents = { revisions: [], seen: [], damaged: 0 };
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  // Someone else's bytes at the end are damage; our own append cut short is just the revision lost.
  if (tail !== '' && !OWN_LINE.test(tail)) contents.damaged++;
  for (const line of lines) {
    if (line === '') continue;
    const record = parseLine(line);
    const last = contents.revisions[contents.revisions.length - 1];
    if (record && 'kind' in record && (!last || record.rev > last.rev)) contents.revisions.push(record);
    else if (record && 'seen' in record) contents.seen.push(record);
    else contents.damaged++;
  }
  return contents;
}

function parseLine(line: string): RevisionRecord | SeenRecord | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const r = json as Record<string, unknown>;
  if (!isRevisionNumber(r['rev']) || typeof r['at'] !== 'string') return null;
  if (typeof r['seen'] === 'string') return { seen: r['seen'], rev: r['rev'], at: r['at'] };
  if (
    typeof r['by'] !== 'string' ||
    !isRevisionReason(r['reason']) ||
    typeof r['words'] !== 'number' ||
    (r['kind'] !== 'key' && r['kind'] !== 'delta') ||
    typeof r['data'] !== 'string'
  )
    return null;
  return {
    rev: r['rev'],
    at: r['at'],
    by: r['by'],
    reason: r['reason'],
    words: r['words'],
    kind: r['kind'],
    data: r['data'],
  };
}

function isRevisionNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** The line recording a revision, its newline included. */
export function revisionLine(entry: RevisionEntry, kind: PayloadKind, data: string): string {
  const { rev, at, by, reason, words } = entry;
  return JSON.stringify({ rev, at, by, reason, words, kind, data }) + '\n';
}

export function seenLine(seen: SeenRecord): string {
  return JSON.stringify({ seen: seen.seen, rev: seen.rev, at: seen.at }) + '\n';
}

export function keyframeData(text: string): string {
  return deflateSync(Buffer.from(text, 'utf8')).toString('base64');
}

export function deltaData(before: string, after: string): string {
  return deflateSync(Buffer.from(JSON.stringify(textDelta(before, after)), 'utf8')).toString('base64');
}

function inflated(data: string): string {
  return inflateSync(Buffer.from(data, 'base64')).toString('utf8');
}

/**
 * The article file's text at revision `rev`: its nearest keyframe at or before it, then each
 * delta up to it. Throws when that revision is not listed or its chain is broken.
 */
export function textAtRevision(contents: HistoryContents, rev: number): string {
  const { revisions } = contents;
  const index = revisions.findIndex((record) => record.rev === rev);
  if (index < 0) throw new Error(`there is no revision ${rev}`);
  let start = index;
  while (revisions[start]!.kind === 'delta') {
    const before = revisions[start - 1];
    if (!before || before.rev !== revisions[start]!.rev - 1)
      throw new Error(`revision ${rev} cannot be rebuilt: revision ${revisions[start]!.rev - 1} is missing`);
    start--;
  }
  let text = inflated(revisions[start]!.data);
  for (let i = start + 1; i <= index; i++)
    text = applyTextDelta(text, JSON.parse(inflated(revisions[i]!.data)) as TextEdit[]);
  return text;
}

/** How many deltas lead from the last keyframe to the last revision (0 when it is a keyframe). */
export function chainLength(contents: HistoryContents): number {
  let length = 0;
  for (let i = contents.revisions.length - 1; i >= 0 && contents.revisions[i]!.kind === 'delta'; i--) length++;
  return length;
}
