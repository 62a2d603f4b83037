// The seed article as a reporter copies it off the publisher's page: its body paragraphs, the
// clipboard a browser would fill with them, and the five quotations a careful editor marks in it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const SEED = new URL('../../fixtures/seed/000_6da7febdb4ae2164', import.meta.url);
const FIRST_PARAGRAPH = 'NATO Secretary General Jens Stoltenberg said on Wednesday night';
const LAST_PARAGRAPH_END = 'Stoltenberg said.';

export const SEED_HEADLINE = 'We will only leave when the time is right: Stoltenberg';
export const SEED_SPEAKER = 'Jens Stoltenberg';

const GoldQuotation = z.object({ text: z.string(), start: z.number(), end: z.number(), speaker: z.string() });
export type GoldQuotation = z.infer<typeof GoldQuotation>;

const seedText = readFileSync(new URL(`${SEED.href}.txt`), 'utf8');

/** The gold quotations, in document order. */
export const SEED_QUOTATIONS: GoldQuotation[] = z
  .array(GoldQuotation)
  .parse(JSON.parse(readFileSync(new URL(`${SEED.href}.quotes.json`), 'utf8')));

// The page's paragraphs are separated by lines holding only no-break spaces; the body runs from
// the first news paragraph to the last quotation's attribution, leaving out the page furniture.
const lines = seedText.split('\n');
const first = lines.findIndex((line) => line.startsWith(FIRST_PARAGRAPH));
const last = lines.findLastIndex((line) => line.trimEnd().endsWith(LAST_PARAGRAPH_END));
if (first < 0 || last < first) throw new Error('The seed article no longer holds the body the quotes test pastes.');

/** The body's paragraphs exactly as the page has them (trailing no-break spaces included). */
export const SEED_PARAGRAPHS: string[] = lines.slice(first, last + 1).filter((line) => line.trim() !== '');

/** What the browser puts on the clipboard when the reporter copies the body off the page. */
export const SEED_CLIPBOARD = {
  plain: lines.slice(first, last + 1).join('\n'),
  html: SEED_PARAGRAPHS.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n'),
};

/**
 * A quotation's words with its quotation marks and white space left out, so the text underlined
 * on screen (whose edges may or may not take in the marks) compares with the gold text.
 */
export function quotedWords(text: string): string {
  return text.replace(/[“”"\s]/g, '');
}

/** One gold quotation's pieces, one per paragraph it runs over, each as `quotedWords` reads it. */
export function goldPieces(quotation: GoldQuotation): string[] {
  return quotation.text.split(/\n\s*\n/).map(quotedWords);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}
