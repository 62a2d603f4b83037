// Stamping an update: material new information, a correction (its note is the text readers see)
// or a clarification. A typo fix is a save, not a stamp: saving never touches these dates.
import { UPDATE_KINDS, type Article, type ArticleUpdate, type UpdateKind } from '../article/article';
import { randomId, type NewId } from '../attribution/ids';
import { formatRecordTime } from '../dates/display';
import { latestUpdate } from './record-times';
import { settlePageDates } from './settle-page-dates';
import { markPublished } from '../review/stages';
import { isAfter, isBefore, readTime, refuse, stampContext, type StampResult } from './stamp-result';

export { earliestUpdate, latestUpdate } from './record-times';

/** Longest note the article format keeps (ArticleUpdate.note). */
const MAX_NOTE = 5000;

export interface UpdateOptions {
  now: string;
  /** When the update went out, if not now: never before publication, never before the last update. */
  at?: string;
  kind: UpdateKind;
  note: string;
  by: string;
  timeZone: string;
  newId?: NewId;
}

export function stampUpdate(article: Article, options: UpdateOptions): StampResult {
  const { now, at, kind, by, timeZone, newId = randomId } = options;
  const context = stampContext(timeZone, by, now);
  if (!context.ok) return refuse(context.reason);
  if (!(UPDATE_KINDS as readonly string[]).includes(kind))
    return refuse(`“${kind}” is not a kind of update: use update, correction or clarification.`);
  if (article.publishedAt === null)
    return refuse('This article has not been stamped as published yet: an update comes after publication.');
  const note = options.note.trim();
  if (kind === 'correction' && note === '')
    return refuse('A correction needs its note: the text readers will see, saying what was wrong.');
  if (note.length > MAX_NOTE) return refuse(`The note of an update can be at most ${MAX_NOTE} characters.`);
  const picked = at === undefined ? context : readTime(timeZone, at, 'The update time');
  if (!picked.ok) return refuse(picked.reason);
  const updatedAt = picked.instant;
  const time = (instant: string) => formatRecordTime(instant, timeZone);
  if (isAfter(updatedAt, context.instant))
    return refuse(`The update time ${time(updatedAt)} is in the future; stamp an update once it has gone out.`);
  if (isBefore(updatedAt, article.publishedAt)) {
    return refuse(
      `The update time ${time(updatedAt)} is before the article was published (${time(article.publishedAt)}).`,
    );
  }
  const previous = latestUpdate(article);
  if (previous !== null && isBefore(updatedAt, previous)) {
    return refuse(
      `The update time ${time(updatedAt)} is before the previous update (${time(previous)}); updates are stamped in order.`,
    );
  }
  const update: ArticleUpdate = { id: newId(), kind, at: updatedAt, note, by: by.trim() };
  // The update goes out: a story reopened on the desk by the edit is published again, on the record.
  const stamped = markPublished(
    { ...article, updatedAt, updates: [...article.updates, update] },
    update.by,
    context.instant,
  );
  return {
    ok: true,
    article: settlePageDates(stamped, { by, at: context.instant, timeZone, stamp: 'stamped with an update' }),
  };
}
