// The one way a command changes an article file: through the library's store, holding the
// article's lock from the read to the write, so a save in the app or another command cannot land
// in between and be undone, and adding the new version to the article's history with who made it
// and why. A refusal (the change throws) writes nothing: the file and its history stay byte for
// byte as they were.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ArticleSchema, type Article } from '../core/article/article';
import type { RevisionReason } from '../core/review/history';
import { NOT_A_FILE } from '../electron/library/bounded-read';
import type { Operation } from '../electron/library/store-refusals';
import { unreadable } from './commands/check';
import { commandLineStore } from './library-store';

export interface Rewrite {
  /** What a refusal says was not done to the file: "stamped", "changed". */
  readonly verb: string;
  /** What the store calls the write in its own refusals (a copy, a file grown too large). */
  readonly operation: Operation;
  /** Who makes the change, for the history. */
  readonly by: string;
  /** Why, for the history: a stamp, a stage move, a comment, a suggestion, an accept… */
  readonly reason: RevisionReason;
}

/**
 * Reads `file`, hands its article and the time now to `change`, and writes what it returns in
 * the file's place. `change` throws to refuse; every argument was checked before this.
 */
export async function rewriteArticleFile(
  file: string,
  change: (article: Article, now: string) => Article,
  { verb, operation, by, reason }: Rewrite,
): Promise<Article> {
  // The file the path leads to: through a symlink, the link stays and the file it names is changed.
  const target = await realpath(file).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  // Nothing is locked beside a device or a pipe: the lock would go into /dev or wherever it lives.
  if (!(await stat(target)).isFile()) throw new Error(`${file} cannot be read: ${NOT_A_FILE.message}`);
  const store = commandLineStore(dirname(target));
  const { article } = await store.rewrite(
    basename(target),
    (read) => {
      if (!read.ok) throw new Error(`${file} is not an article Byline can read: ${read.problem.message}`);
      if (read.readOnly) throw new Error(`${file} is not ${verb}: ${read.readOnly.message}`);
      const changed = change(read.article, new Date().toISOString());
      const valid = ArticleSchema.safeParse(changed);
      if (!valid.success)
        throw new Error(
          `${file} is not ${verb}: the article would not fit the article format (${valid.error.issues[0]?.message ?? 'invalid'}).`,
        );
      return changed;
    },
    operation,
    { by, reason },
  );
  return article;
}
