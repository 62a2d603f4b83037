// Which revision a restore took back, for the History panel's "Restored revision 12". The history
// records a restore's reason, not its source, so the source is found by what it holds: the newest
// earlier revision whose words and details (core/review/restore's fields) are the ones restored.
// Revisions never change once written, so each answer is kept for the life of the process.
import type { Article } from '../../core/article/article';
import type { RevisionEntry } from '../../core/review/history';
import { RESTORED_FIELDS } from '../../core/review/restore';
import type { ArticleHistory } from '../library/history/history-store';

/** How far back a restore's source is looked for: a desk restores recent versions. */
export const RESTORE_LOOKBACK = 40;

const known = new Map<string, number | null>();
const KNOWN_LIMIT = 2_000;

const restoredPart = (article: Article) => JSON.stringify(RESTORED_FIELDS.map((field) => article[field]));

/**
 * The restore revisions of `revisions` (the history of `file` in the library folder `folder`), each
 * with the revision it took back (null: not found).
 */
export async function restoredFrom(
  history: Pick<ArticleHistory, 'read'>,
  folder: string,
  file: string,
  revisions: readonly RevisionEntry[],
): Promise<Map<number, number | null>> {
  const found = new Map<number, number | null>();
  for (const restore of revisions) {
    if (restore.reason !== 'restore') continue;
    const key = `${folder}\n${file}\n${restore.rev}\n${restore.at}`;
    if (!known.has(key)) {
      if (known.size >= KNOWN_LIMIT) known.clear();
      known.set(key, await source(history, file, revisions, restore));
    }
    found.set(restore.rev, known.get(key)!);
  }
  return found;
}

async function source(
  history: Pick<ArticleHistory, 'read'>,
  file: string,
  revisions: readonly RevisionEntry[],
  restore: RevisionEntry,
): Promise<number | null> {
  try {
    const wanted = restoredPart(await history.read(file, restore.rev));
    const earlier = revisions.filter((entry) => entry.rev < restore.rev).slice(-RESTORE_LOOKBACK);
    for (let index = earlier.length - 1; index >= 0; index--) {
      const candidate = earlier[index]!;
      // A revision that cannot be read is passed over: it cannot be the one shown as restored.
      const article = await history.read(file, candidate.rev).catch(() => null);
      if (article && restoredPart(article) === wanted) return candidate.rev;
    }
  } catch {
    // The restore itself cannot be read: it is listed, without its source.
  }
  return null;
}
