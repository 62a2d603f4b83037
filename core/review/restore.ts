// Restoring an earlier revision takes back its words, never its record. What was published when,
// the updates log, the publish stamps and the desk's review (stage, log, threads) are facts about
// what happened since, and stay as they are now; so do the id and the file's name (the slug), so
// a restore never moves or duplicates the article. The store records the restore as a revision of
// its own, so the version it replaced is still in the history: nothing is lost by restoring.
import type { Article } from '../article/article';

/** The fields a restore takes from the earlier revision: what the article says, and who says it. */
export const RESTORED_FIELDS = [
  'kicker',
  'headline',
  'deck',
  'section',
  'bylines',
  'dateline',
  'tags',
  'sources',
  'body',
] as const satisfies ReadonlyArray<keyof Article>;

export function restoreRevision(current: Article, old: Article): Article {
  const restored: Article = { ...current };
  // A deep copy: the restored article shares nothing with the revision it came from.
  for (const field of RESTORED_FIELDS) Object.assign(restored, { [field]: JSON.parse(JSON.stringify(old[field])) });
  return restored;
}
