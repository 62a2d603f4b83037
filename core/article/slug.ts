// Slugs: the file name and URL part of an article, made from its headline.

const MAX_SLUG = 80;

/**
 * Lower-case words joined by hyphens. Accents are folded ("Zürich" → "zurich"), letters of
 * other scripts are kept ("Кабул" → "кабул"), apostrophes vanish ("Don't" → "dont") and
 * everything else separates words.
 */
export function slugify(headline: string): string {
  const folded = headline
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  if (slug === '' && words[0]) slug = words[0].slice(0, MAX_SLUG);
  return slug === '' ? 'untitled' : slug;
}

/** The slug itself when free, else the first of slug-2, slug-3, … not taken. */
export function uniqueSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = slug.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '') + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
