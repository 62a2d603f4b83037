// Plain text and word counts of a body, for the library list, search and the status bar.
import type { BodyJSON } from './schema';
import { WordCounter } from './word-counter';

// The blocks that hold text directly; every other block is a container of these.
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'pullQuoteText', 'pullQuoteAttribution']);

/** What a walk over the body's text reports: text pieces, and the breaks between blocks and lines. */
interface TextSink {
  text(piece: string): void;
  lineBreak(): void;
  endBlock(): void;
}

function walkBlocks(node: BodyJSON, sink: TextSink): void {
  if (TEXTBLOCKS.has(node.type)) {
    walkInline(node, sink);
    sink.endBlock();
    return;
  }
  for (const child of node.content ?? []) walkBlocks(child, sink);
}

function walkInline(node: BodyJSON, sink: TextSink): void {
  for (const child of node.content ?? []) {
    if (child.type === 'text') sink.text(child.text ?? '');
    else if (child.type === 'hardBreak') sink.lineBreak();
    else walkInline(child, sink);
  }
}

/** The body's text with blocks separated by blank lines and hard breaks as newlines. */
export function bodyPlainText(body: BodyJSON): string {
  const blocks: string[] = [];
  let block = '';
  walkBlocks(body, {
    text: (piece) => (block += piece),
    lineBreak: () => (block += '\n'),
    endBlock: () => {
      blocks.push(block);
      block = '';
    },
  });
  return blocks.join('\n\n');
}

/** countWords(bodyPlainText(body)), without building the text. */
export function countBodyWords(body: BodyJSON): number {
  const counter = new WordCounter();
  const stop = () => counter.stop();
  walkBlocks(body, { text: (piece) => counter.feed(piece), lineBreak: stop, endBlock: stop });
  return counter.words;
}

export function countWords(text: string): number {
  const counter = new WordCounter();
  counter.feed(text);
  return counter.words;
}
