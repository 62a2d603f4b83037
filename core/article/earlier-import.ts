// Files imported before the page's dates were kept apart hold the page's last-updated date in
// `updatedAt` with no publication and an empty updates log: a state no stamp can make, which
// refused publication ("already has an update stamped") while the Dates tab listed no update.
// Read back, that date goes where an import puts it today: waiting among the page's dates.
import type { Article } from './article';

// The note such an import wrote: "The updated date on the page (2021-02-18) has no time of day: …".
const NO_TIME_NOTE = /The updated date on the page \((\d{4}-\d{2}-\d{2})\) has no time of day/;

export function withEarlierImportDates(article: Article): Article {
  const { publishedAt, updatedAt, updates, publishStamps, pageDates } = article;
  const fromEarlierImport =
    publishedAt === null && updatedAt !== null && updates.length === 0 && publishStamps.length === 0;
  if (!fromEarlierImport || pageDates !== undefined) return article;
  // A midnight the note says the page never gave is the day alone.
  const day = NO_TIME_NOTE.exec(article.internalNote)?.[1];
  const date = day !== undefined && updatedAt.startsWith(`${day}T00:00:00`) ? day : updatedAt;
  return {
    ...article,
    updatedAt: null,
    pageDates: { from: 'an earlier import', published: null, updated: { date, settled: null } },
  };
}
