// The name a new or renamed article file gets: its slug's, or the next free -2, -3…, compared
// the way the folder compares names.
import { Slug } from '../../core/article/article';
import { uniqueSlug } from '../../core/article/slug';
import { fileNameForSlug } from './library-paths';

/** The form a slug's file name is compared in: case-insensitive, because macOS and Windows folders are. */
export function nameKey(slug: string): string {
  return fileNameForSlug(slug).toLowerCase();
}

/**
 * The slug itself or the next free -2, -3…; a result the format would refuse (a long word of
 * astral-plane letters cut mid-character) becomes "untitled" rather than an unopenable file.
 */
export function freeSlug(slug: string, isTaken: (slug: string) => boolean): string {
  const free = uniqueSlug(slug, isTaken);
  return Slug.safeParse(free).success ? free : uniqueSlug('untitled', isTaken);
}
