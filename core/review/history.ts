// The revision history's vocabulary, shared by the store beside the article (electron/library/
// history), the command line and the History panel: what a revision is, why it was made, and
// when typing makes a new one.

/** Why a revision was recorded; every act the issue puts on the record has its own reason. */
export const REVISION_REASONS = [
  'create',
  'import',
  // The text as it was on disk when an article without a history was first written again.
  'earlier',
  'edit',
  'close',
  'stage',
  'stamp',
  'comment',
  'suggest',
  'accept',
  'reject',
  'restore',
] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

/** One revision as listed: numbered from 1, oldest first; `words` counts the body as it stood. */
export interface RevisionEntry {
  rev: number;
  at: string;
  by: string;
  reason: RevisionReason;
  words: number;
}

/** Who made a revision, why, and when (an ISO instant). */
export interface RevisionMeta {
  by: string;
  reason: RevisionReason;
  at: string;
}

/**
 * Typing makes at most one revision in this long per person: a save every few seconds would
 * otherwise bury the stage changes and stamps under hundreds of near-identical versions.
 */
export const EDIT_QUIET_MS = 3 * 60_000;

export function isRevisionReason(value: unknown): value is RevisionReason {
  return typeof value === 'string' && (REVISION_REASONS as readonly string[]).includes(value);
}

/**
 * Whether an edit is folded into the last revision instead of making one: the last is an edit by
 * the same person less than EDIT_QUIET_MS earlier. Every other reason always makes a revision.
 */
export function foldsIntoLast(last: RevisionEntry | undefined, meta: RevisionMeta): boolean {
  if (meta.reason !== 'edit' || last?.reason !== 'edit' || last.by !== meta.by) return false;
  const since = Date.parse(meta.at) - Date.parse(last.at);
  return since >= 0 && since < EDIT_QUIET_MS;
}
