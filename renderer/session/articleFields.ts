// The article's metadata as the reporter edits it: one immutable snapshot, changed by patches,
// with the slug following the headline until someone edits it by hand.
import type { Article } from '../../core/article/article';
import { slugForHeadline } from '../../core/article/slug';

export const FIELD_NAMES = [
  'kicker',
  'section',
  'headline',
  'deck',
  'bylines',
  'dateline',
  'tags',
  'slug',
  'slugEdited',
  'lengthTarget',
  'internalNote',
  'sources',
] as const;

export type ArticleFields = Pick<Article, (typeof FIELD_NAMES)[number]>;
export type FieldsPatch = Partial<ArticleFields>;

export function fieldsOf(article: Article): ArticleFields {
  const fields: Partial<ArticleFields> = {};
  for (const name of FIELD_NAMES) Object.assign(fields, { [name]: article[name] });
  return fields as ArticleFields;
}

/**
 * Applies a patch. A slug in the patch counts as a hand edit unless the patch says otherwise;
 * while the slug is not hand-edited it follows the headline.
 */
export function patchFields(fields: ArticleFields, patch: FieldsPatch): ArticleFields {
  const slugEdited = patch.slugEdited ?? (patch.slug !== undefined ? true : fields.slugEdited);
  const next = { ...fields, ...patch, slugEdited };
  // Only a new headline or handing the slug back moves it: the library may have made it unique ("council-votes-2").
  const rederive = next.headline !== fields.headline || (fields.slugEdited && !slugEdited);
  return rederive ? { ...next, slug: slugForHeadline(next, next.headline) } : next;
}

export function sameFields(a: ArticleFields, b: ArticleFields): boolean {
  return FIELD_NAMES.every((name) => a[name] === b[name] || JSON.stringify(a[name]) === JSON.stringify(b[name]));
}
