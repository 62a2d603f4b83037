// The part of an article only a stamp changes (publish, update, correction of the publication
// time, embargo, adopting or clearing an imported page's dates): never an edit of the draft, so
// saving alone never moves these dates.
import type { Article } from '../../core/article/article';
import type { PageDateKind, PageDates } from '../../core/article/page-dates';
import { compareInstants } from '../../core/dates/zones';

export const STAMPED_NAMES = [
  'status',
  'publishedAt',
  'updatedAt',
  'embargoUntil',
  'updates',
  'publishStamps',
  'pageDates',
] as const;

export type ArticleStamps = Pick<Article, (typeof STAMPED_NAMES)[number]>;

export function stampsOf(article: Article): ArticleStamps {
  const { status, publishedAt, updatedAt, embargoUntil, updates, publishStamps, pageDates } = article;
  return { status, publishedAt, updatedAt, embargoUntil, updates, publishStamps, pageDates };
}

/**
 * "Keep mine" after someone else stamped the file while this session held a stamp of its own that
 * never reached the disk: both records are kept. Updates and publish stamps are joined by id in
 * time order; the earlier publication time stands (a later one would be a correction, which is
 * recorded as such); the last update's time is `updatedAt`; this session's embargo choice stands;
 * an imported page's date someone settled stays settled, whichever side settled it.
 */
export function joinedStamps(mine: ArticleStamps, theirs: ArticleStamps): ArticleStamps {
  const join = <T extends { id: string }>(a: readonly T[], b: readonly T[], when: (item: T) => string): T[] =>
    [...a, ...b.filter((item) => !a.some((other) => other.id === item.id))].sort((x, y) =>
      compareInstants(when(x), when(y)),
    );
  const updates = join(mine.updates, theirs.updates, (update) => update.at);
  const publishedAt =
    mine.publishedAt === null
      ? theirs.publishedAt
      : theirs.publishedAt === null
        ? mine.publishedAt
        : compareInstants(mine.publishedAt, theirs.publishedAt) <= 0
          ? mine.publishedAt
          : theirs.publishedAt;
  const latest =
    [mine.updatedAt, theirs.updatedAt, updates.at(-1)?.at ?? null]
      .filter((at): at is string => at !== null)
      .sort(compareInstants)
      .at(-1) ?? null;
  return {
    status: mine.status === 'published' || theirs.status === 'published' ? 'published' : mine.status,
    publishedAt,
    updatedAt: latest,
    embargoUntil: mine.embargoUntil,
    updates,
    publishStamps: join(mine.publishStamps, theirs.publishStamps, (stamp) => stamp.stampedAt),
    pageDates: joinedPageDates(mine.pageDates, theirs.pageDates),
  };
}

function joinedPageDates(mine: PageDates | undefined, theirs: PageDates | undefined): PageDates | undefined {
  if (mine === undefined || theirs === undefined) return mine ?? theirs;
  const pick = (kind: PageDateKind) => (mine[kind]?.settled ? mine[kind] : (theirs[kind] ?? mine[kind]));
  return { ...mine, published: pick('published'), updated: pick('updated') };
}
