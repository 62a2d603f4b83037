// The problems found in the article's fields: what a story cannot go out without, and the dates
// that would tell readers something untrue.
import type { Article } from '../article/article';
import { pendingPageDates } from '../article/page-dates';
import { countBodyWords } from '../body/text';
import { bodyAsItStands } from '../review/as-it-stands';
import { formatDayOrInstant } from '../dates/days';
import { formatRecordTime } from '../dates/display';
import { compareInstants } from '../dates/zones';
import { excerpt, type Problem } from './problem';

/** Characters as a reader counts them (an emoji or an accented letter is one), as the headline field counts. */
function characterCount(text: string): number {
  let count = 0;
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    if (segment.segment) count++;
  return count;
}

export function headlineProblems(article: Article, headlineLimit: number): Problem[] {
  const where = { field: 'headline' } as const;
  if (article.headline.trim() === '')
    return [{ code: 'missing-headline', severity: 'blocking', message: 'The article has no headline.', where }];
  const length = characterCount(article.headline);
  if (length <= headlineLimit) return [];
  // A warning, as in the headline field: the desk's limit is a house style, not a reason to hold a story.
  return [
    {
      code: 'headline-too-long',
      severity: 'warning',
      message: `The headline is ${length} characters long; the limit is ${headlineLimit}.`,
      where,
    },
  ];
}

export function creditProblems(article: Article): Problem[] {
  const problems: Problem[] = [];
  if (!article.bylines.some((byline) => byline.name.trim() !== '')) {
    problems.push({
      code: 'missing-byline',
      severity: 'blocking',
      message: 'The article has no byline.',
      where: { field: 'bylines' },
    });
  }
  if (article.dateline === null || article.dateline.place.trim() === '') {
    problems.push({
      code: 'missing-dateline',
      severity: 'blocking',
      message: 'The article has no dateline.',
      where: { field: 'dateline' },
    });
  }
  return problems;
}

/** Times in messages are read on the newsroom's clock (`timeZone`), as the Dates tab shows them. */
export function dateProblems(article: Article, now: string, timeZone: string): Problem[] {
  const problems: Problem[] = [];
  const time = (instant: string) => formatRecordTime(instant, timeZone);
  if (article.embargoUntil !== null && compareInstants(article.embargoUntil, now) > 0) {
    problems.push({
      code: 'embargo-in-future',
      severity: 'blocking',
      message: `The article is under embargo until ${time(article.embargoUntil)}.`,
      where: { field: 'embargoUntil' },
    });
  }
  for (const update of article.updates) {
    const before =
      article.publishedAt === null
        ? 'before publication: the article has not been stamped as published'
        : compareInstants(update.at, article.publishedAt) < 0
          ? `before the publication time ${time(article.publishedAt)}`
          : null;
    if (before === null) continue;
    problems.push({
      code: 'update-before-publication',
      severity: 'blocking',
      message: `The ${update.kind} stamped at ${time(update.at)} comes ${before}.`,
      where: { field: 'updates' },
    });
  }
  return [...problems, ...pageDateProblems(article, timeZone)];
}

/**
 * Dates an imported page gave wait beside the record: a warning, since the story can go out
 * without them, but someone should decide whether they are the story's own.
 */
function pageDateProblems(article: Article, timeZone: string): Problem[] {
  const pending = pendingPageDates(article.pageDates);
  if (pending.length === 0) return [];
  const named = pending
    .map(
      ({ kind, date }) =>
        `${kind === 'published' ? 'published' : 'last updated'} ${formatDayOrInstant(date, 'ap', timeZone)}`,
    )
    .join(', ');
  return [
    {
      code: 'page-dates-pending',
      severity: 'warning',
      message: `The imported page's dates (${named}) are not on the article's record: adopt or clear them in the Dates tab.`,
      where: { field: 'updates' },
    },
  ];
}

export function sourceProblems(article: Article): Problem[] {
  return article.sources
    .filter((source) => !source.verified)
    .map((source) => ({
      code: 'unverified-source' as const,
      severity: 'warning' as const,
      message:
        source.name.trim() === ''
          ? 'A source without a name is not verified.'
          : `The source ${excerpt(source.name, 60)} is not verified.`,
      where: { field: 'sources' as const },
    }));
}

export function lengthProblems(article: Article): Problem[] {
  if (article.lengthTarget === null) return [];
  const words = countBodyWords(bodyAsItStands(article.body));
  if (words * 2 >= article.lengthTarget) return [];
  return [
    {
      code: 'body-too-short',
      severity: 'warning',
      message: `The body has ${words} ${words === 1 ? 'word' : 'words'}, under half the length target of ${article.lengthTarget}.`,
      where: { field: 'lengthTarget' },
    },
  ];
}
