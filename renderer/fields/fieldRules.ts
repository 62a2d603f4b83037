// How the metadata fields read what the reporter typed: pure, so the rules are tested on their own.

/** Comma-separated tags: trimmed, empty ones dropped, each kept once (first spelling wins, case-insensitive). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export const MAX_LENGTH_TARGET = 1_000_000;
export const LENGTH_TARGET_PROBLEM = 'Length target must be a positive whole number of words.';

export type LengthTargetReading = { ok: true; value: number | null } | { ok: false; problem: string };

/** Empty means no target; anything else must be a whole number of words from 1 to a million. */
export function parseLengthTarget(text: string): LengthTargetReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: LENGTH_TARGET_PROBLEM };
  const value = Number(trimmed);
  if (value < 1 || value > MAX_LENGTH_TARGET) return { ok: false, problem: LENGTH_TARGET_PROBLEM };
  return { ok: true, value };
}

/** Characters as a reader counts them: an emoji or an accented letter is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text))
    if (segment.segment) count++;
  return count;
}

let zones: string[] | null = null;

/** The IANA zones this system knows, for the time zone pickers. */
export function timeZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}
