// The article file's model: its fields, their validation, and what a new article looks like.
import { z } from 'zod';
import { ARTICLE_FORMAT, ARTICLE_VERSION } from './format';
import { emptyBody, type BodyJSON } from '../body/schema';

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

/**
 * The fields this version knows. The object is loose: fields written by a newer Byline are
 * carried through a save untouched.
 */
export const ArticleSchema = z.looseObject({
  format: z.literal(ARTICLE_FORMAT),
  version: z.number().int().min(1),
  id: ArticleId,
  slug: Slug,
  headline: z.string().max(1000),
  status: z.enum(ARTICLE_STATUSES),
  createdAt: Instant,
  savedAt: Instant,
  publishedAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  body: BodyNode.refine((node) => node.type === 'doc', 'the body must be a ProseMirror document'),
});

export type Article = z.infer<typeof ArticleSchema>;

/** The key order files are written in, so diffs and sync tools see stable files. */
export const ARTICLE_KEY_ORDER = ['format', 'version', 'id', 'slug', 'headline', 'status', 'createdAt', 'savedAt', 'publishedAt', 'updatedAt', 'body'] as const;

export interface NewArticleInput {
  id: string;
  slug: string;
  headline: string;
  now: string;
}

export function newArticle({ id, slug, headline, now }: NewArticleInput): Article {
  return {
    format: ARTICLE_FORMAT,
    version: ARTICLE_VERSION,
    id,
    slug,
    headline,
    status: 'draft',
    createdAt: now,
    savedAt: now,
    publishedAt: null,
    updatedAt: null,
    body: emptyBody(),
  };
}
