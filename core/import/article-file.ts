// An imported article as the bytes of its file, made where the import is read (the import worker),
// so the app's main thread only places them. Every reader refuses a file over MAX_ARTICLE_BYTES
// (core/article/format.ts): an import that would make one is refused in the import's own sentence,
// as soon as that can be told (the body's text alone is a floor, known before the quotations are
// marked), at the latest once serialized, before anything is written.
import type { Article } from '../article/article';
import { MAX_ARTICLE_BYTES } from '../article/format';
import { serializeArticle } from '../article/serialize';
import type { BodyJSON } from '../body/schema';
import { megabytes } from './import-size';

/** The article's file, or an Error whose message ends the import's sentence when it would be too large to open. */
export function articleBytes(article: Article): Uint8Array {
  const bytes = new TextEncoder().encode(serializeArticle(article));
  if (bytes.length > MAX_ARTICLE_BYTES) throw new Error(tooLarge(bytes.length, ''));
  return bytes;
}

/** Throws when the body's text alone is over the limit: the file holds every character of it, and more. */
export function refuseSurelyTooLarge(body: BodyJSON): void {
  let characters = 0;
  const nodes = [body];
  for (let node = nodes.pop(); node; node = nodes.pop()) {
    characters += node.text?.length ?? 0;
    if (node.content) nodes.push(...node.content);
  }
  // Each character is at least a byte of the file.
  if (characters > MAX_ARTICLE_BYTES) throw new Error(tooLarge(characters, 'more than '));
}

function tooLarge(size: number, floor: '' | 'more than '): string {
  const [it, limit] =
    megabytes(size) === megabytes(MAX_ARTICLE_BYTES)
      ? [`${size.toLocaleString('en-US')} bytes`, `${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes`]
      : [megabytes(size), megabytes(MAX_ARTICLE_BYTES)];
  return `as an article it would be ${floor}${it}, over the ${limit} an article may be.`;
}

/**
 * The bytes of an article file holding `from` as its slug, with `to` in its place: the main
 * thread gives an import the next free name this way, with one copy of the bytes instead of
 * serializing the article again. The slug is the fourth key of every file, on a line of its own,
 * after format, version and id (which cannot hold it): within its first few hundred bytes.
 */
export function withSlug(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const line = (slug: string) => new TextEncoder().encode(`\n  "slug": ${JSON.stringify(slug)},\n`);
  const old = line(from);
  const at = indexIn(bytes.subarray(0, HEADER_BYTES + old.length), old);
  if (at < 0) throw new Error(`The article file does not hold the slug "${from}" where a file holds it.`);
  const replacement = line(to);
  const result = new Uint8Array(bytes.length - old.length + replacement.length);
  result.set(bytes.subarray(0, at));
  result.set(replacement, at);
  result.set(bytes.subarray(at + old.length), at + replacement.length);
  return result;
}

// Where the slug's line starts at the latest: the format line, a version and an id of at most 64
// characters come before it.
const HEADER_BYTES = 512;

function indexIn(bytes: Uint8Array, part: Uint8Array): number {
  outer: for (let at = 0; at + part.length <= bytes.length; at++) {
    for (let i = 0; i < part.length; i++) if (bytes[at + i] !== part[i]) continue outer;
    return at;
  }
  return -1;
}
