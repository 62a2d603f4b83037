// `byline quotes FILE`: the quotations in an article file or a plain-text file, with a suggested
// speaker, as {"text","speaker","start","end","confidence"} in document order.
import { readFileSync } from 'node:fs';
import { ARTICLE_FORMAT } from '../../core/article/format';
import { readArticle } from '../../core/article/read';
import { bodyPlainText } from '../../core/body/text';
import { detectQuotations } from '../../core/quotes/detect';
import { blockParagraphs, plainTextParagraphs } from '../../core/quotes/plain-text';
import type { ParagraphInput } from '../../core/quotes/types';
import { noMoreArguments, UsageError } from '../usage';

export interface PrintedQuotation {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  confidence: number;
}

function isArticleFile(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === ARTICLE_FORMAT;
  } catch {
    return false;
  }
}

/** The text offsets are counted in, and its paragraphs. */
function readText(bytes: Buffer): { text: string; paragraphs: ParagraphInput[] } {
  const text = bytes.toString('utf8');
  if (!isArticleFile(text)) return { text, paragraphs: plainTextParagraphs(text) };
  const read = readArticle(bytes);
  if (!read.ok) throw new Error(read.problem.message);
  const body = bodyPlainText(read.article.body);
  return { text: body, paragraphs: blockParagraphs(body) };
}

export async function quotesCommand(args: string[]): Promise<PrintedQuotation[]> {
  const [file, ...extra] = args;
  if (file === undefined || file === '') throw new UsageError('missing the FILE');
  noMoreArguments(extra);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read the file: ${file}`);
  }
  const { text, paragraphs } = readText(bytes);
  return detectQuotations(paragraphs, text).map(({ text: quoted, speaker, start, end, confidence }) => ({ text: quoted, speaker, start, end, confidence }));
}
