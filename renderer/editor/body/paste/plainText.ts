// Plain-text paste (Ctrl/Cmd+Shift+V, or a clipboard with no HTML): paragraphs from the text's own breaks.
import { Fragment, Slice, type Schema } from '@tiptap/pm/model';

/**
 * Splits text into paragraphs of lines. With blank lines present they separate paragraphs and a
 * single break stays a line break (a poem, an address); without any, every line is a paragraph.
 */
export function plainTextParagraphs(text: string): string[][] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const hasBlankLine = /\n[ \u00a0]*\n/.test(normalized);
  const blocks = hasBlankLine ? normalized.split(/\n[ \u00a0]*\n+/) : normalized.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

export function plainTextSlice(text: string, schema: Schema): Slice {
  const { paragraph, hardBreak } = schema.nodes;
  const blocks = plainTextParagraphs(text).map((lines) => {
    const inline = lines.flatMap((line, index) =>
      index === 0 || !hardBreak ? [schema.text(line)] : [hardBreak.create(), schema.text(line)],
    );
    return paragraph!.create(null, inline);
  });
  return Slice.maxOpen(Fragment.from(blocks));
}
