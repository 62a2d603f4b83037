// Stamping an article as published, and the separate, explicit correction of that time. Once
// set, `publishedAt` moves only through correctPublishedAt, which asks for a reason and is recorded.
import type { Article, CheckOverride, PublishStamp } from '../article/article';
import { randomId, type NewId } from '../attribution/ids';
import { blockingCodes, isBlocking, type Problem } from '../checks/problem';
import { formatRecordTime } from '../dates/display';
import { earliestUpdate } from './record-times';
import { settlePageDates } from './settle-page-dates';
import { markPublished } from '../review/stages';
import { isAfter, isSameInstant, readTime, refuse, stampContext, type StampResult } from './stamp-result';

/** Longest reason the article format keeps (PublishStamp.reason, CheckOverride.reason). */
const MAX_REASON = 2000;

export interface PublishOptions {
  /** The clock's time: when the stamp is made. */
  now: string;
  /** When the story actually went live, if not now. Never in the future: that is what an embargo is for. */
  at?: string;
  /** The person at the keyboard. */
  by: string;
  /** The newsroom's IANA zone: the stamp is written with its offset. */
  timeZone: string;
  /** The pre-publish check's result for this article. */
  problems: readonly Problem[];
  /** Lets blocking problems through, on the record. */
  override?: { reason: string };
  newId?: NewId;
}

/**
 * Stamps the article as published. Dates an imported page gave that the article can no longer
 * take once published are cleared on the record by the same stamp (settle-page-dates.ts); they
 * never refuse it, since the Dates tab shows them apart from the record.
 */
export function stampPublished(article: Article, options: PublishOptions): StampResult {
  const result = stampPublishedOnly(article, options);
  if (!result.ok) return result;
  const stamp = result.article.publishStamps.at(-1)!;
  const { by, timeZone } = options;
  return {
    ok: true,
    article: settlePageDates(result.article, { by, at: stamp.stampedAt, timeZone, stamp: 'stamped as published' }),
  };
}

/** The publish stamp alone, leaving the page's dates to the caller (adopting them is one). */
export function stampPublishedOnly(article: Article, options: PublishOptions): StampResult {
  const { now, at, by, timeZone, problems, override, newId = randomId } = options;
  const context = stampContext(timeZone, by, now);
  if (!context.ok) return refuse(context.reason);
  const time = (instant: string) => formatRecordTime(instant, timeZone);
  if (article.publishedAt !== null) {
    return refuse(
      `This article was already stamped as published at ${time(article.publishedAt)}, and that time does not move with later stamps. If it is wrong, correct the publication time and give a reason.`,
    );
  }
  const picked = at === undefined ? context : readTime(timeZone, at, 'The publication time');
  if (!picked.ok) return refuse(picked.reason);
  const publishedAt = picked.instant;
  if (isAfter(publishedAt, context.instant)) {
    return refuse(
      `The publication time ${time(publishedAt)} is in the future. Stamp a story as published once it is live; to hold it until then, set an embargo.`,
    );
  }
  if (article.embargoUntil !== null && isAfter(article.embargoUntil, publishedAt)) {
    return refuse(
      `The article is under embargo until ${time(article.embargoUntil)}; it cannot be stamped as published before then.`,
    );
  }
  const firstUpdate = earliestUpdate(article);
  if (firstUpdate !== null && isAfter(publishedAt, firstUpdate)) {
    return refuse(
      `The article already has an update stamped at ${time(firstUpdate)} (see the updates log in the Dates tab); it cannot be published after its own update.`,
    );
  }
  const recorded = overrideFor(problems, override);
  if (!recorded.ok) return refuse(recorded.reason);
  const stamp: PublishStamp = {
    id: newId(),
    kind: 'published',
    publishedAt,
    previous: null,
    stampedAt: context.instant,
    by: by.trim(),
    reason: null,
    override: recorded.override,
  };
  const published = {
    ...article,
    status: 'published' as const,
    publishedAt,
    publishStamps: [...article.publishStamps, stamp],
  };
  // The desk's stage follows the stamp: published is reached only this way.
  return { ok: true, article: markPublished(published, stamp.by, stamp.stampedAt) };
}

/**
 * Blocking problems stop publication unless someone gives a reason; the reason and the codes it
 * let through are kept with the stamp. Without blocking problems nothing is overridden (null).
 */
function overrideFor(
  problems: readonly Problem[],
  override: { reason: string } | undefined,
): { ok: true; override: CheckOverride | null } | { ok: false; reason: string } {
  const blocking = problems.filter(isBlocking);
  if (blocking.length === 0) return { ok: true, override: null };
  const reason = override?.reason.trim() ?? '';
  if (reason === '') {
    const count = blocking.length === 1 ? 'One problem stops' : `${blocking.length} problems stop`;
    const listed = blocking.map((problem) => problem.message).join(' ');
    return {
      ok: false,
      reason: `${count} publication: ${listed} Fix ${blocking.length === 1 ? 'it' : 'them'}, or override with a reason that goes on the record.`,
    };
  }
  if (reason.length > MAX_REASON)
    return { ok: false, reason: `The reason for overriding the check can be at most ${MAX_REASON} characters.` };
  return { ok: true, override: { reason, problems: blockingCodes(blocking) } };
}

export interface CorrectPublishedOptions {
  now: string;
  /** The right publication time. */
  at: string;
  /** Why the recorded time was wrong; required, kept with the stamp. */
  reason: string;
  by: string;
  timeZone: string;
  newId?: NewId;
}

export function correctPublishedAt(article: Article, options: CorrectPublishedOptions): StampResult {
  const { now, at, by, timeZone, newId = randomId } = options;
  const context = stampContext(timeZone, by, now);
  if (!context.ok) return refuse(context.reason);
  if (article.publishedAt === null)
    return refuse('This article has not been stamped as published yet: stamp it as published instead.');
  const reason = options.reason.trim();
  if (reason === '')
    return refuse('Correcting the publication time needs a reason; it goes on the record with the new time.');
  if (reason.length > MAX_REASON)
    return refuse(`The reason for the correction can be at most ${MAX_REASON} characters.`);
  const picked = readTime(timeZone, at, 'The publication time');
  if (!picked.ok) return refuse(picked.reason);
  const publishedAt = picked.instant;
  const time = (instant: string) => formatRecordTime(instant, timeZone);
  if (isAfter(publishedAt, context.instant))
    return refuse(
      `The publication time ${time(publishedAt)} is in the future; a correction records when the story actually went live.`,
    );
  if (isSameInstant(publishedAt, article.publishedAt)) {
    return refuse(`The publication time is already ${time(article.publishedAt)}; there is nothing to correct.`);
  }
  const firstUpdate = earliestUpdate(article);
  if (firstUpdate !== null && isAfter(publishedAt, firstUpdate)) {
    return refuse(
      `The publication time ${time(publishedAt)} would come after the update stamped at ${time(firstUpdate)}; an article is published before it is updated.`,
    );
  }
  const stamp: PublishStamp = {
    id: newId(),
    kind: 'published-corrected',
    publishedAt,
    previous: article.publishedAt,
    stampedAt: context.instant,
    by: by.trim(),
    reason,
    override: null,
  };
  const corrected: Article = {
    ...article,
    status: 'published',
    publishedAt,
    publishStamps: [...article.publishStamps, stamp],
  };
  return {
    ok: true,
    article: settlePageDates(corrected, {
      by,
      at: context.instant,
      timeZone,
      stamp: 'given a corrected publication time',
    }),
  };
}
