// Plain text and word counts of a body, for the library list, search and the status bar.
import type { BodyJSON } from './schema';

// The blocks that hold text directly; every other block is a container of these.
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'pullQuoteText', 'pullQuoteAttribution']);

/** The body's text with blocks separated by blank lines and hard breaks as newlines. */
export function bodyPlainText(body: BodyJSON): string {
  const blocks: string[] = [];
  collectBlocks(body, blocks);
  return blocks.join('\n\n');
}

function collectBlocks(node: BodyJSON, out: string[]): void {
  if (TEXTBLOCKS.has(node.type)) {
    out.push(inlineText(node));
    return;
  }
  for (const child of node.content ?? []) collectBlocks(child, out);
}

function inlineText(node: BodyJSON): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
    else text += inlineText(child);
  }
  return text;
}

// A word is a run of letters or digits, joined by apostrophes, hyphens, periods or commas
// inside it: "don't", "well-known", "10,000" and "9/11" each count once; dashes separate.
const WORD = /[\p{L}\p{N}]+(?:['’\-.,/][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
