// Slugs: the file name and URL part of an article, made from its headline.

/** The longest slug, in UTF-16 units: the format's limit (ArticleSchema's Slug) and every slug made here. */
export const MAX_SLUG_LENGTH = 80;

// Accents on Latin and Greek letters fold away ("Zürich" → "zurich"); in other scripts the
// combining marks are part of the letter ("हिन्दी" stays readable) and are kept.
const FOLDABLE_ACCENTS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Lower-case words joined by hyphens. Accents are folded ("Zürich" → "zurich"), letters of
 * other scripts are kept ("Кабул" → "кабул"), apostrophes vanish ("Don't" → "dont") and
 * everything else separates words.
 */
export function slugify(headline: string): string {
  const folded = headline
    .normalize('NFKD')
    .replace(FOLDABLE_ACCENTS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  const words = folded.match(WORD) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (slug === '' && words[0]) slug = cutToLength(words[0], MAX_SLUG_LENGTH);
  return slug === '' ? 'untitled' : slug;
}

/** The slug itself when free, else the first of slug-2, slug-3, … not taken. */
export function uniqueSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = withSuffix(slug, `-${n}`);
    if (!isTaken(candidate)) return candidate;
  }
}

/** `city-budget` → `city-budget-copy`: the slug of a saved copy, within the length limit. */
export function copySlug(slug: string): string {
  return withSuffix(slug, '-copy');
}

/** `slug` cut short enough for `suffix` to follow within the limit, without a hyphen left dangling. */
function withSuffix(slug: string, suffix: string): string {
  return cutToLength(slug, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
}

/** At most `max` UTF-16 units, never splitting a character in two. */
function cutToLength(text: string, max: number): string {
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max) break;
    cut += char;
  }
  return cut;
}

/** The slug-related fields of an article. */
export interface SlugFields {
  slug: string;
  /** False while the slug follows the headline; true once someone edited it by hand. */
  slugEdited: boolean;
}

/**
 * The slug after the headline changes: it follows the headline until someone edits it by
 * hand. The store still makes it unique (uniqueSlug) when it saves or renames the file.
 */
export function slugForHeadline(article: SlugFields, headline: string): string {
  return article.slugEdited ? article.slug : slugify(headline);
}

/**
 * The fields after someone types a slug: normalized like a headline would be. Clearing it
 * hands the slug back to the headline.
 */
export function editedSlug(typed: string, headline: string): SlugFields {
  if (typed.trim() === '') return { slug: slugify(headline), slugEdited: false };
  return { slug: slugify(typed), slugEdited: true };
}
