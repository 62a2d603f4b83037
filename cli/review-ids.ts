// Ids for what the command line adds to an article's review: threads, comments and suggestions.
// Short enough to type back (`byline resolve FILE 3f9a0c1e`), random so two people adding to
// copies of one article never pick the same, and never one the article already holds.
import type { Article } from '../core/article/article';
import { randomId } from '../core/attribution/ids';

/** Eight hex digits from a random UUID that appear nowhere in `article` (so no thread, comment or mark has it). */
export function newReviewId(article: Article): string {
  const text = JSON.stringify(article);
  for (;;) {
    const id = randomId().replaceAll('-', '').slice(0, 8);
    if (!text.includes(id)) return id;
  }
}
