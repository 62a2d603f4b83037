// `byline restore FILE REV`: the words of revision REV come back (core/review/restore.ts: what the
// article says and who says it; its record of stamps, updates and the desk stays as it is now),
// written as a new revision, so the version it replaced is still in the history. Prints {"rev"}
// of that new revision. A revision the history does not hold is refused (exit 1), the file as it was.
import { restoreRevision } from '../../core/review/restore';
import { historyOfFile, revisionNumber, revisionsOf } from '../article-history';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { rewriteArticleFile } from '../rewrite-article';

export async function restoreCommand({ FILE, REV }: CommandInput<typeof COMMANDS.restore>): Promise<{ rev: number }> {
  const rev = revisionNumber(REV, 'REV');
  const by = actingPerson();
  const found = await historyOfFile(FILE);
  // A revision never changes once written, so it is read before the article's lock is taken.
  const old = await found.history.read(found.name, rev);
  const before = (await revisionsOf(FILE, found)).at(-1)?.rev ?? 0;
  await rewriteArticleFile(FILE, (current) => restoreRevision(current, old), {
    verb: 'restored',
    operation: 'save',
    by,
    reason: 'restore',
  });
  // The store added the restore's revision while it held the lock; a later writer may have added
  // more since, so the restore's is the first after the last one seen before.
  const added = (await revisionsOf(FILE, found)).find(
    (revision) => revision.rev > before && revision.reason === 'restore',
  );
  if (!added) throw new Error(`${FILE} was restored to revision ${rev}, but its history could not record it.`);
  return { rev: added.rev };
}
