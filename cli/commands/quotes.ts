// `byline quotes FILE`: the quotations in an article file or a plain-text file, with a suggested
// speaker, as {"text","speaker","start","end","confidence"} in document order; with --why also
// "cue" (its kind), "why" (the sentence the app shows) and "offer" (one-click, question or none). A file that cannot be read
// (missing, a pipe, a device, over the article size limit) is exit 1 with its reason.
import { ARTICLE_FORMAT } from '../../core/article/format';
import { readArticle } from '../../core/article/read';
import { bodyPlainText } from '../../core/body/text';
import { bodyAsItStands } from '../../core/review/as-it-stands';
import { speakerOffer, type SpeakerOffer } from '../../core/quotes/calibration';
import { cueReason } from '../../core/quotes/cue-reason';
import { detectQuotations } from '../../core/quotes/detect';
import { blockParagraphs, plainTextParagraphs } from '../../core/quotes/plain-text';
import type { CueKind, ParagraphInput } from '../../core/quotes/types';
import type { CommandInput } from '../command-spec';
import type { COMMANDS } from '../command-table';
import { readFileOnDisk } from './check';

export interface PrintedQuotation {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  confidence: number;
  /** With --why: the kind of cue the speaker was read from, the sentence the app shows, and what it offers. */
  cue?: CueKind | null;
  why?: string | null;
  offer?: SpeakerOffer;
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
function readText(bytes: Uint8Array): { text: string; paragraphs: ParagraphInput[] } {
  const text = new TextDecoder().decode(bytes);
  if (!isArticleFile(text)) return { text, paragraphs: plainTextParagraphs(text) };
  const read = readArticle(bytes);
  if (!read.ok) throw new Error(read.problem.message);
  const body = bodyPlainText(bodyAsItStands(read.article.body));
  return { text: body, paragraphs: blockParagraphs(body) };
}

export async function quotesCommand({ FILE, why }: CommandInput<typeof COMMANDS.quotes>): Promise<PrintedQuotation[]> {
  const { text, paragraphs } = readText(await readFileOnDisk(FILE));
  return detectQuotations(paragraphs, text).map(({ text: quoted, speaker, start, end, confidence, cue }) => {
    const printed: PrintedQuotation = { text: quoted, speaker, start, end, confidence };
    if (!why) return printed;
    return {
      ...printed,
      cue: cue?.kind ?? null,
      why: cue && speaker !== null ? cueReason(cue, speaker) : null,
      offer: speakerOffer(speaker, confidence),
    };
  });
}
