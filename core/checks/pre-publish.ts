// The pre-publish check: every reason a story should not go out yet (blocking) or should get a
// second look (warning), in reading order: the head, the dates, the body, the sources, the length.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Article } from '../article/article';
import type { DetectedQuotation } from '../attribution/detected';
import { checkBody } from '../body/schema';
import type { Settings } from '../settings/settings';
import { linkProblems, newerContentProblems, quotationProblems } from './body-problems';
import { detectedQuotationsIn } from './detected-quotations';
import { creditProblems, dateProblems, headlineProblems, lengthProblems, sourceProblems } from './field-problems';
import type { Problem } from './problem';
import { approvalProblems, commentProblems, suggestionProblems } from './review-problems';

/**
 * `now` decides whether an embargo still holds; times in messages are read in `timeZone` (the
 * newsroom's; UTC when not given). `detected` is the editor's live detection of the
 * same body, when it has one; without it the body is read and detected here.
 */
export function prePublishCheck(
  article: Article,
  settings: Pick<Settings, 'headlineLimit'> & Partial<Pick<Settings, 'timeZone' | 'requireApproval'>>,
  now: string,
  detected?: readonly DetectedQuotation[],
): Problem[] {
  return [
    ...headlineProblems(article, settings.headlineLimit),
    ...creditProblems(article),
    ...dateProblems(article, now, settings.timeZone ?? 'UTC'),
    ...bodyProblems(article, detected),
    ...sourceProblems(article),
    ...lengthProblems(article),
    ...commentProblems(article),
    ...approvalProblems(article, settings.requireApproval ?? true),
  ];
}

function bodyProblems(article: Article, detected: readonly DetectedQuotation[] | undefined): Problem[] {
  // A newer file's body, opened read-only, may hold placeholders: each is reported, not the body refused.
  const body = checkBody(article.body, { placeholders: true });
  if (!body.ok) {
    return [
      {
        code: 'unreadable-body',
        severity: 'blocking',
        message: `The body holds content Byline cannot check (${body.message}).`,
        where: { field: 'body' },
      },
    ];
  }
  const doc: PMNode = body.doc;
  const inBody = [
    ...newerContentProblems(doc),
    ...quotationProblems(doc, article.sources, detected ?? detectedQuotationsIn(doc)),
    ...linkProblems(doc),
    ...suggestionProblems(doc),
  ];
  return inBody.sort((a, b) => from(a) - from(b));
}

const from = (problem: Problem): number => ('body' in problem.where ? problem.where.body.from : 0);
