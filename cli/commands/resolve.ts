// `byline resolve FILE THREAD`: marks a comment thread resolved, on the record (who and when),
// and prints the review as `byline review` does. A thread the article does not have, or one
// already resolved, is refused (exit 1) with the file left as it was.
import { resolveThread } from '../../core/review/threads';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { actingPerson } from '../person';
import { rewriteArticleFile } from '../rewrite-article';
import { printedReview, type PrintedReview } from './review';

export async function resolveCommand({ FILE, THREAD }: CommandInput<typeof COMMANDS.resolve>): Promise<PrintedReview> {
  const by = actingPerson();
  const article = await rewriteArticleFile(
    FILE,
    (read, at) => {
      const result = resolveThread(read, THREAD, by, at);
      if (!result.ok) throw new Error(result.reason);
      return result.article;
    },
    { verb: 'changed', operation: 'save', by, reason: 'comment' },
  );
  return printedReview(article);
}
