// The article file's model: its fields, their validation, and what a new article looks like.
import { z } from 'zod';
import { ARTICLE_FORMAT, ARTICLE_VERSION } from './format';
import { emptyBody, type BodyJSON } from '../body/schema';
import { Source } from './source';
import { isTimeZone } from '../dates/zones';
import { MAX_SLUG_LENGTH } from './slug';
import { Instant } from './instant';
import { PageDates } from './page-dates';
import { Review } from '../review/review';

export { Instant } from './instant';

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

// Only the JSON shape: what each node's and mark's attributes may hold is checked by the body
// schema itself (core/body/attribute-rules.ts), in checkBody, which every read and save runs.
const BodyNode: z.ZodType<BodyJSON> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNode).optional(),
    marks: z
      .array(z.looseObject({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

export const ArticleId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an article id is 8 to 64 letters, digits, - or _');
export const Slug = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u, 'a slug is words joined by hyphens')
  .refine((slug) => slug === slug.toLowerCase(), 'a slug is lower case');

/** A byline: a name and an optional role ("Staff reporter", "Additional reporting"). */
export const Byline = z.object({
  name: z.string().max(200),
  role: z.string().max(200).nullable(),
});
export type Byline = z.infer<typeof Byline>;

/** The place a story was filed from ("KABUL"); its time zone defaults to the newsroom's (null). */
export const Dateline = z.object({
  place: z.string().max(200),
  timeZone: z.string().max(64).refine(isTimeZone, 'an IANA time zone name such as "Asia/Kabul"').nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const UPDATE_KINDS = ['update', 'correction', 'clarification'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/**
 * One stamped update, as readers will see it in the updates log. `update` is material new
 * information, `correction` an error fixed (its note is the correction text, required),
 * `clarification` a point made clearer. `by` is the person at the keyboard when it was stamped.
 */
export const ArticleUpdate = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(UPDATE_KINDS),
  at: Instant,
  note: z.string().max(5000),
  by: z.string().max(200),
});
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

export const PUBLISH_STAMP_KINDS = ['published', 'published-corrected'] as const;
export type PublishStampKind = (typeof PUBLISH_STAMP_KINDS)[number];

/** A stamp the pre-publish check refused, let through by someone on the record. */
export const CheckOverride = z.object({
  reason: z.string().min(1).max(2000),
  /** The codes of the blocking problems that were overridden. */
  problems: z.array(z.string().max(100)).max(1000),
});
export type CheckOverride = z.infer<typeof CheckOverride>;

/**
 * The record of every change to `publishedAt`: the first stamp as published and each later,
 * explicit correction of it (with its reason). Never shown to readers; kept for the desk.
 */
export const PublishStamp = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(PUBLISH_STAMP_KINDS),
  /** The publication time this stamp set. */
  publishedAt: Instant,
  /** The publication time before it (null for the first stamp). */
  previous: Instant.nullable(),
  /** When the stamp was made, by the clock of the machine that made it. */
  stampedAt: Instant,
  by: z.string().max(200),
  /** Required for a correction of the publication time. */
  reason: z.string().max(2000).nullable(),
  override: CheckOverride.nullable(),
});
export type PublishStamp = z.infer<typeof PublishStamp>;

/**
 * The fields this version knows. The object is loose: fields written by a newer Byline are
 * carried through a save untouched. Fields added after the first release have defaults, so
 * files written before them read as articles with those fields empty.
 */
export const ArticleSchema = z.looseObject({
  format: z.literal(ARTICLE_FORMAT),
  version: z.number().int().min(1),
  id: ArticleId,
  slug: Slug,
  /** False while the slug follows the headline; true once someone edited it by hand. */
  slugEdited: z.boolean().default(false),
  status: z.enum(ARTICLE_STATUSES),
  kicker: z.string().max(200).default(''),
  section: z.string().max(200).default(''),
  headline: z.string().max(1000),
  deck: z.string().max(5000).default(''),
  bylines: z.array(Byline).max(50).default([]),
  dateline: Dateline.nullable().default(null),
  tags: z.array(z.string().min(1).max(100)).max(100).default([]),
  /** The length the desk asked for, in words. */
  lengthTarget: z.number().int().positive().max(1_000_000).nullable().default(null),
  createdAt: Instant,
  savedAt: Instant,
  publishedAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  /** While in the future, stamping as published is refused. */
  embargoUntil: Instant.nullable().default(null),
  /** The updates log, oldest first; the last entry's time is `updatedAt`. */
  updates: z.array(ArticleUpdate).max(10_000).default([]),
  /** Every change to `publishedAt`, oldest first. */
  publishStamps: z.array(PublishStamp).max(10_000).default([]),
  /**
   * The dates an imported page gave, kept apart from the record until someone adopts or clears
   * them; absent for an article that was never imported (and in files written before it).
   */
  pageDates: PageDates.optional(),
  /** For editors only: never exported, in any format. */
  internalNote: z.string().max(50_000).default(''),
  /**
   * The desk's stage, assignee, stage log and comment threads (core/review/review.ts); absent
   * until someone first moves or comments on the article (reviewOf gives the default).
   */
  review: Review.optional(),
  /** The people and organisations quoted; quote marks in the body point at them by id. */
  sources: z.array(Source).max(1000).default([]),
  body: BodyNode.refine((node) => node.type === 'doc', 'the body must be a ProseMirror document'),
});

export type Article = z.infer<typeof ArticleSchema>;

/** The key order files are written in, so diffs and sync tools see stable files. */
export const ARTICLE_KEY_ORDER = [
  'format',
  'version',
  'id',
  'slug',
  'slugEdited',
  'status',
  'kicker',
  'section',
  'headline',
  'deck',
  'bylines',
  'dateline',
  'tags',
  'lengthTarget',
  'createdAt',
  'savedAt',
  'publishedAt',
  'updatedAt',
  'embargoUntil',
  'updates',
  'publishStamps',
  'pageDates',
  'internalNote',
  'review',
  'sources',
  'body',
] as const;

export interface NewArticleInput {
  id: string;
  slug: string;
  headline: string;
  now: string;
  /** The newsroom's default byline from settings fills a new article. */
  bylines?: Byline[];
}

export function newArticle({ id, slug, headline, now, bylines = [] }: NewArticleInput): Article {
  return {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id,
    slug,
    slugEdited: false,
    status: 'draft',
    kicker: '',
    section: '',
    headline,
    deck: '',
    bylines,
    dateline: null,
    tags: [],
    lengthTarget: null,
    createdAt: now,
    savedAt: now,
    publishedAt: null,
    updatedAt: null,
    embargoUntil: null,
    updates: [],
    publishStamps: [],
    internalNote: '',
    sources: [],
    body: emptyBody(),
  };
}
