// `byline review FILE`: the desk's view of an article file as
// {"stage","assignee","threads":[{"id","quote","resolved","comments":[{"by","at","text"}]}],
//  "suggestions":[{"id","kind","old","new","by","at"}]}: threads in the order a reader meets them
// (field threads first, detached ones last), suggestions in the order they start in the body.
// The same JSON is what `resolve`, `accept` and `reject` print once they have written.
import type { Article } from '../../core/article/article';
import { checkBody } from '../../core/body/schema';
import { reviewOf } from '../../core/review/review';
import { suggestionsIn } from '../../core/review/suggestions/list';
import { threadsInOrder } from '../../core/review/threads';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { readArticleOnDisk } from './check';

export interface PrintedReview {
  stage: string;
  assignee: string | null;
  threads: { id: string; quote: string; resolved: boolean; comments: { by: string; at: string; text: string }[] }[];
  suggestions: PrintedSuggestion[];
}

export interface PrintedSuggestion {
  id: string;
  kind: 'insert' | 'delete' | 'replace';
  /** The words it takes away; "" for an insertion. */
  old: string;
  /** The words it adds; "" for a deletion. */
  new: string;
  by: string;
  at: string;
}

/** What the review of `article` prints. */
export function printedReview(article: Article): PrintedReview {
  const { stage, assignee } = reviewOf(article);
  const threads = threadsInOrder(article).map(({ thread }) => ({
    id: thread.id,
    quote: thread.quote,
    resolved: thread.resolved,
    comments: thread.comments.map(({ by, at, text }) => ({ by, at, text })),
  }));
  const checked = checkBody(article.body);
  const suggestions = checked.ok
    ? suggestionsIn(checked.doc).map(({ id, kind, old, new: added, by, at }) => ({ id, kind, old, new: added, by, at }))
    : [];
  return { stage, assignee, threads, suggestions };
}

export async function reviewCommand({ FILE }: CommandInput<typeof COMMANDS.review>): Promise<PrintedReview> {
  const { article } = await readArticleOnDisk(FILE);
  return printedReview(article);
}
