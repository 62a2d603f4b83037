// Two files carrying one article id: a file manager's "Copy of…", a sync client's "conflicted
// copy", a crash between the two steps of a rename. Acting by id would then reach whichever file
// was found first, so each file gets an identity of its own the moment it is seen. One file of
// the group keeps the id; every other one is a copy, known by an id derived from the id and its
// own file name (stable across runs and between the app and the command line, never written into
// the file), and opens read-only with a reason that names the file it copies. Saving it as a copy
// gives it an id of its own; moving it to the trash removes exactly that file.
import { createHash } from 'node:crypto';
import type { FileProblem } from '../../core/article/read';

/** What a file says about itself: the id it carries, and whether its name is its slug's file name. */
export interface IdClaim {
  file: string;
  id: string;
  namedForSlug: boolean;
}

export interface CopyOf {
  /** The id the copy is known by. */
  id: string;
  /** The file that keeps the id. */
  original: string;
}

/**
 * The id a copy is known by: `copy-` and 32 hex digits of a hash of the id and the file name, which
 * fits the article id format (letters, digits and -, at most 64) whatever the id and name are.
 */
export function copyId(id: string, file: string): string {
  return `copy-${createHash('sha256').update(`${id}\0${file}`).digest('hex').slice(0, 32)}`;
}

export function duplicateProblem(original: string | null): FileProblem {
  const other = original === null ? 'another file in the library' : `"${original}"`;
  return {
    code: 'INVALID',
    message: `This file carries the same article id as ${other}: it is a copy (a file manager's or a sync client's), so it opens read-only and nothing is saved into the wrong file. Save it as a copy to keep working on it, or move it to the trash.`,
  };
}

/**
 * The original of a group: a file named after its own slug comes before one that is not (a copy
 * gets a name like "storm (1).byline.json"); between equals, the name that sorts first. Code-unit
 * order, so every process and locale picks the same file.
 */
function original(group: readonly IdClaim[]): IdClaim {
  return group.reduce((best, claim) => {
    if (claim.namedForSlug !== best.namedForSlug) return claim.namedForSlug ? claim : best;
    return claim.file < best.file ? claim : best;
  });
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
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const kept = original(group);
    for (const claim of group)
      if (claim !== kept) copies.set(claim.file, { id: copyId(id, claim.file), original: kept.file });
  }
  return copies;
}
