// The dateline that opens a wire story's first paragraph: "KABUL —", "KABUL (Reuters) -",
// "WASHINGTON, Feb 17 (Reuters) -", "SÃO PAULO –".
import type { Dateline } from '../article/article';
import type { BodyJSON } from '../body/schema';

const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]*?\p{Lu}\.?)(?:,\s*[^—–()]{1,40}?)?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+(?=\S)/u;

/** The place and the paragraph without it; null when the paragraph does not open with a dateline. */
export function readDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const found = DATELINE.exec(paragraph);
  if (!found) return null;
  const place = found[1]!.trim();
  // Capitals only, and letters rather than initials: "NATO chief -" is not a place line.
  if (place !== place.toUpperCase() || !/\p{Lu}{2}/u.test(place)) return null;
  return { dateline: { place, timeZone: null }, rest: paragraph.slice(found[0].length) };
}

/**
 * The dateline opening a body's first paragraph (a subhead above it does not count), taken out
 * of it so the paragraph starts with the story's first words; null when that paragraph does not
 * open with plain dateline text.
 */
export function takeDateline(body: BodyJSON): { dateline: Dateline; body: BodyJSON } | null {
  const blocks = body.content ?? [];
  const at = blocks.findIndex((block) => block.type === 'paragraph');
  const first = blocks[at];
  const opening = first?.content?.[0];
  if (!first || opening?.type !== 'text' || opening.marks !== undefined) return null;
  const found = readDateline(opening.text ?? '');
  if (!found) return null;
  const paragraph: BodyJSON = {
    ...first,
    content: [{ ...opening, text: found.rest }, ...(first.content ?? []).slice(1)],
  };
  return {
    dateline: found.dateline,
    body: { ...body, content: blocks.map((block, index) => (index === at ? paragraph : block)) },
  };
}
