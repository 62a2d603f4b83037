// Plain text as paragraphs: every non-blank line is one; a line of white space (no-break spaces included) is blank.

import type { ParagraphInput } from './types';

export function plainTextParagraphs(text: string): ParagraphInput[] {
  const paragraphs: ParagraphInput[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    // \s covers U+00A0 and the other Unicode spaces; \r stays in the line so offsets match the file.
    if (line.trim() !== '') paragraphs.push({ text: line, start });
    start += line.length + 1;
  }
  return paragraphs;
}

/** A body's plain text (blocks joined by blank lines, see core/body/text.ts) as paragraphs, one per non-blank block. */
export function blockParagraphs(text: string): ParagraphInput[] {
  const paragraphs: ParagraphInput[] = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    if (block.trim() !== '') paragraphs.push({ text: block, start });
    start += block.length + 2;
  }
  return paragraphs;
}
