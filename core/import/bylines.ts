// Byline lines as pages print them: "By Jane Doe", "By Jane Doe and Omar Khan", "Jane Doe | Staff
// reporter", "By Jane Doe, Kabul correspondent".
import type { Byline } from '../article/article';

// A part of a byline with one of these words is the writer's role, not another writer.
const ROLE_WORDS =
  /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|bureau|chief|photographer|producer|analyst|journalist|desk|intern|freelance|special)\b/i;
// Lower-case words that belong inside names ("Ursula von der Leyen", "Ahmad bin Said").
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'y',
]);
const BY = /^(?:written\s+)?by\s+(.+)$/i;

/** The bylines a line states, or null when it is not a byline line. */
export function readByline(line: string): Byline[] | null {
  const by = BY.exec(line.trim());
  if (by) return namesAndRoles(by[1]!);
  // Without "By", only "Name | Role" with a recognisable role counts: "Politics | World" is a menu.
  const [name, role, ...more] = line.split(/\s+\|\s+/);
  if (more.length > 0 || role === undefined || !isName(name!) || !ROLE_WORDS.test(role)) return null;
  return [{ name: name!.trim(), role: role.trim() }];
}

function namesAndRoles(text: string): Byline[] | null {
  const [names, role, ...more] = text.split(/\s+\|\s+/);
  if (more.length > 0) return null;
  const bylines: Byline[] = [];
  for (const part of names!.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    if (part === '') continue;
    const last = bylines[bylines.length - 1];
    if (ROLE_WORDS.test(part) && last && last.role === null) last.role = part;
    else if (isName(part)) bylines.push({ name: part, role: null });
    // "By the time the water rose" is a sentence that happens to start with "By".
    else return null;
  }
  if (bylines.length === 0) return null;
  const shared = role?.trim();
  if (shared) for (const byline of bylines) byline.role ??= shared;
  return bylines;
}

/** One to five words, each capitalised ("J.R.", "O'Neill", "Al-Amin") or a name particle. */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 5 || text.length > 80 || /\d/.test(text)) return false;
  return (
    words.every((word) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word) || PARTICLES.has(word)) && /^\p{Lu}/u.test(words[0]!)
  );
}
