// The article file's model: its fields, their validation, and what a new article looks like.
import { z } from 'zod';
import { ARTICLE_FORMAT, ARTICLE_VERSION } from './format';
import { emptyBody, type BodyJSON } from '../body/schema';
import { Source } from './source';

export const ARTICLE_STATUSES = ['draft'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** An ISO 8601 instant with its offset ("2021-02-18T21:14:00-05:00" or "…Z"). */
export const Instant = z.iso.datetime({ offset: true });

const BodyNode: z.ZodType<BodyJSON> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNode).optional(),
    marks: z.array(z.looseObject({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

export const ArticleId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an article id is 8 to 64 letters, digits, - or _');
export const Slug = z
  .string()
  .max(80)
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
  timeZone: z.string().max(64).nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

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
  /** For editors only: never exported, in any format. */
  internalNote: z.string().max(50_000).default(''),
  /** The people and organisations quoted; quote marks in the body point at them by id. */
  sources: z.array(Source).max(1000).default([]),
  body: BodyNode.refine((node) => node.type === 'doc', 'the body must be a ProseMirror document'),
});

export type Article = z.infer<typeof ArticleSchema>;

/** The key order files are written in, so diffs and sync tools see stable files. */
export const ARTICLE_KEY_ORDER = [
  'format', 'version', 'id', 'slug', 'slugEdited', 'status',
  'kicker', 'section', 'headline', 'deck', 'bylines', 'dateline', 'tags', 'lengthTarget',
  'createdAt', 'savedAt', 'publishedAt', 'updatedAt', 'internalNote', 'sources', 'body',
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
    internalNote: '',
    sources: [],
    body: emptyBody(),
  };
}
