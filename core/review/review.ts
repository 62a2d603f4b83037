// The desk's review of an article, kept in the article file so a draft and its review travel
// together through a shared folder or a sync client. Shaped for a CRDT later: threads and
// suggestions are known by ids, and what they are about is marked in the body (comment,
// insertion and deletion marks, core/body/review-marks.ts), never by positions.
import { z } from 'zod';
import { Instant } from '../article/instant';

/**
 * Where an article is on the desk. `published` is reached only through the publish stamp
 * (core/stamps/publish.ts); every other move is one of the transitions in stages.ts.
 */
export const STAGES = ['draft', 'ready', 'editing', 'changes-requested', 'approved', 'published'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages a person can move an article to by hand (the command line's STAGE). */
export const CHOSEN_STAGES = ['draft', 'ready', 'editing', 'changes-requested', 'approved'] as const;
export type ChosenStage = (typeof CHOSEN_STAGES)[number];

export const Person = z.string().trim().min(1).max(200);

/** One move on the desk, on the record: who moved it, when, and why if they said. */
export const StageChange = z.object({
  from: z.enum(STAGES),
  to: z.enum(STAGES),
  by: z.string().max(200),
  at: Instant,
  note: z.string().max(5000).nullable(),
});
export type StageChange = z.infer<typeof StageChange>;

/** The article fields a comment can be put on instead of a range of the body. */
export const COMMENTED_FIELDS = ['headline', 'deck', 'kicker', 'bylines', 'dateline', 'tags', 'section'] as const;
export type CommentedField = (typeof COMMENTED_FIELDS)[number];

export const ThreadAnchor = z.discriminatedUnion('kind', [
  /** A `comment` mark carrying the thread's id marks the words in the body. */
  z.object({ kind: z.literal('body') }),
  z.object({ kind: z.literal('field'), field: z.enum(COMMENTED_FIELDS) }),
]);
export type ThreadAnchor = z.infer<typeof ThreadAnchor>;

export const ReviewComment = z.object({
  id: z.string().min(1).max(64),
  by: z.string().max(200),
  at: Instant,
  text: z.string().trim().min(1).max(10_000),
});
export type ReviewComment = z.infer<typeof ReviewComment>;

export const ThreadId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a thread id is 1 to 64 letters, digits, - or _');

/**
 * A comment thread. `quote` keeps the words it was put on, so a thread whose marked words were
 * deleted is still listed ("detached") with what it was about: a comment is never lost silently.
 */
export const Thread = z.object({
  id: ThreadId,
  anchor: ThreadAnchor,
  quote: z.string().max(5000),
  comments: z.array(ReviewComment).min(1).max(1000),
  resolved: z.boolean(),
  resolvedBy: z.string().max(200).nullable(),
  resolvedAt: Instant.nullable(),
});
export type Thread = z.infer<typeof Thread>;

export const Review = z.object({
  stage: z.enum(STAGES),
  /** Who has the article now: the editor or the reporter named; null when no one was named. */
  assignee: z.string().max(200).nullable(),
  /** When the desk wants it, if it said. */
  due: Instant.nullable(),
  /** Every stage change, oldest first. */
  log: z.array(StageChange).max(10_000),
  /** Comment threads, in the order they were opened (the panel lists them in document order). */
  threads: z.array(Thread).max(5000),
});
export type Review = z.infer<typeof Review>;

/**
 * The review of an article whose file has none yet (every file written before the desk, and a
 * new article nobody has moved): a draft, or published once stamped, with nothing on the record.
 */
export function reviewOf(article: { review?: Review | undefined; publishedAt: string | null }): Review {
  return (
    article.review ?? {
      stage: article.publishedAt === null ? 'draft' : 'published',
      assignee: null,
      due: null,
      log: [],
      threads: [],
    }
  );
}
