// Two files carrying one article id: a file manager's "Copy of…", a sync client's "conflicted
// copy", a colleague's retitle kept beside ours, a crash between the two steps of a rename. One
// file of the group keeps the id and is the article; every other one is a copy, known by an id
// derived from the id and its own file name (stable across runs and between the app and the
// command line, never written into the file), and opens read-only with a reason that names the
// file it copies. Keeping a copy as a separate article gives it an id of its own; moving it to the
// trash removes exactly that file.
//
// Which file keeps the id is decided here, by keeperOf, and nowhere else: the list (index), the
// store (open, save, trash, stamp), the watcher and the command line all ask it, so they can never
// disagree about which file is the article. The rule uses only what the files hold and are called,
// so every process decides alike without remembering anything:
//   1. the most recent savedAt: the version last worked on. Every save of the article is written
//      into the keeper with a savedAt later than any other file of its group (article-store.ts),
//      so ordinary work never hands the id to another file, and a rename's new name always wins
//      over the old name a crash or a refused removal left behind;
//   2. then a file named for its slug (a copy gets a name like "storm (1).byline.json");
//   3. then the shorter name, since every file manager and sync client names a copy by adding
//      to the original's name ("storm-final copy", "storm-final (1)", "… (conflicted copy)");
//   4. then code-unit order of the names, the same in every process and locale.
import { createHash } from 'node:crypto';
import type { FileProblem } from '../../core/article/read';

/** What a file says about itself: the id it carries, when it was saved, whether its name is its slug's. */
export interface IdClaim {
  file: string;
  id: string;
  /** The file's savedAt as written (an ISO 8601 instant with offset); null when it has none. */
  savedAt: string | null;
  namedForSlug: boolean;
}

/** Why the keeper keeps the id rather than a given copy: the first rule that tells them apart. */
export type KeptBecause = 'saved-later' | 'named-for-slug' | 'shorter-name' | 'name-order';

export interface CopyOf {
  /** The id the copy is known by. */
  id: string;
  /** The file that keeps the id. */
  original: string;
  because: KeptBecause;
}

/**
 * The id a copy is known by: `copy-` and 32 hex digits of a hash of the id and the file name, which
 * fits the article id format (letters, digits and -, at most 64) whatever the id and name are.
 */
export function copyId(id: string, file: string): string {
  return `copy-${createHash('sha256').update(`${id}\0${file}`).digest('hex').slice(0, 32)}`;
}

/** An instant's milliseconds; a missing or unparseable one counts as older than any other. */
export function instantOf(savedAt: string | null): number {
  const ms = savedAt === null ? NaN : Date.parse(savedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * The savedAt of a save into the file that keeps an id: now, or a millisecond after the latest of
 * `others` (the other files carrying the id) when the clock has not passed it (a colleague's clock
 * ahead of ours, two saves in one millisecond), so the file saved keeps the id.
 */
export function savedAtAfter(now: string, others: readonly (string | null)[]): string {
  const latest = Math.max(-Infinity, ...others.map(instantOf));
  return instantOf(now) > latest ? now : new Date(latest + 1).toISOString();
}

/** Negative when `a` keeps the id over `b`, with the rule that decided; 0 only for the same name. */
function rank(a: IdClaim, b: IdClaim): { order: number; because: KeptBecause } {
  const [savedA, savedB] = [instantOf(a.savedAt), instantOf(b.savedAt)];
  if (savedA !== savedB) return { order: savedA > savedB ? -1 : 1, because: 'saved-later' };
  if (a.namedForSlug !== b.namedForSlug) return { order: a.namedForSlug ? -1 : 1, because: 'named-for-slug' };
  if (a.file.length !== b.file.length) return { order: a.file.length - b.file.length, because: 'shorter-name' };
  return { order: a.file < b.file ? -1 : a.file > b.file ? 1 : 0, because: 'name-order' };
}

/** The file of a group (one id, at least one file) that keeps the id. */
export function keeperOf<T extends IdClaim>(group: readonly T[]): T {
  if (group.length === 0) throw new Error('keeperOf: an empty group keeps nothing');
  return group.reduce((best, claim) => (rank(claim, best).order < 0 ? claim : best));
}

/** `copy` (a file of the group `keeper` keeps the id of) as the rest of the app knows it. */
export function copyOf(keeper: IdClaim, copy: IdClaim): CopyOf {
  return { id: copyId(copy.id, copy.file), original: keeper.file, because: rank(keeper, copy).because };
}

/** Every file that is a copy of another, by file name, with the identity it is known by. */
export function copiesAmong(claims: Iterable<IdClaim>): Map<string, CopyOf> {
  const byId = new Map<string, IdClaim[]>();
  for (const claim of claims) {
    const group = byId.get(claim.id);
    if (group) group.push(claim);
    else byId.set(claim.id, [claim]);
  }
  const copies = new Map<string, CopyOf>();
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    const kept = keeperOf(group);
    for (const claim of group) if (claim !== kept) copies.set(claim.file, copyOf(kept, claim));
  }
  return copies;
}

const REASONS: Record<KeptBecause, string> = {
  'saved-later': 'was saved more recently',
  'named-for-slug': 'was saved at the same moment and is named for its slug',
  'shorter-name': 'was saved at the same moment under a shorter name',
  'name-order': 'was saved at the same moment and its name sorts first',
};

/** Why `copy.original` is the article, as a clause: `which was saved more recently`. */
export function keptBecause(copy: Pick<CopyOf, 'original' | 'because'>): string {
  return `"${copy.original}", which ${REASONS[copy.because]}`;
}

/** The reason a copy opens read-only, naming the file that keeps the id and why; what to do about it. */
export function duplicateProblem(copy: Pick<CopyOf, 'original' | 'because'>): FileProblem {
  return {
    code: 'INVALID',
    message: `This file carries the same article id as ${keptBecause(copy)}, and so is the article. This one is a copy (made by a file manager or a sync client, or left by an interrupted save): it opens read-only and nothing is saved into it. Keep it as a separate article to go on working on it, or move it to the trash.`,
  };
}
