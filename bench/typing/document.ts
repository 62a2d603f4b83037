// Builds a long news body of a given word count: realistic paragraphs of wire copy with a subhead
// every few paragraphs, the same for every run so baseline and app type into the same text.
import type { BodyJSON } from '../../core/body/schema';

const OPENINGS = [
  'Officials in the capital said on Tuesday',
  'The ministry confirmed late on Monday',
  'Residents of the northern districts reported',
  'According to two people familiar with the talks,',
  'A spokesperson for the regional council said',
  'Witnesses told reporters at the scene',
  'In a statement released shortly before midnight,',
  'Speaking to journalists outside parliament, the minister said',
];
const MIDDLES = [
  'that emergency crews had reached the flooded villages after roads were cleared',
  'that the budget would be presented to lawmakers before the end of the month',
  'that negotiations over the ceasefire had stalled over the question of prisoner releases',
  'that prices for bread and fuel had risen sharply since the start of the year',
  'that the investigation into the collapse of the bridge would take several weeks',
  'that hospitals in the province were running short of basic supplies',
  'that turnout in the municipal elections was higher than in any vote for a decade',
  'that the company would cut about a fifth of its workforce by the spring',
];
const CLOSINGS = [
  'and that further announcements were expected within days.',
  'although critics said the measures did not go far enough.',
  'while opposition leaders called for an independent inquiry.',
  'but declined to give further details, citing the ongoing inquiry.',
  'as aid agencies warned that the situation could deteriorate quickly.',
  'and urged residents to follow the advice of local authorities.',
];
const SUBHEADS = [
  'Pressure on the government',
  'What happens next',
  'Reaction from the region',
  'A decade of delays',
  'Counting the cost',
  'The view from the ground',
];

/** A deterministic sentence picker: the same seed gives the same article on every run. */
function sentences(seed: number): () => string {
  let state = seed;
  const next = (modulo: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % modulo;
  };
  return () =>
    `${OPENINGS[next(OPENINGS.length)]} ${MIDDLES[next(MIDDLES.length)]}, ${CLOSINGS[next(CLOSINGS.length)]}`;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A body of at least `words` words: paragraphs of three to five sentences, an H2 every eight paragraphs. */
export function newsBody(words: number): BodyJSON {
  const sentence = sentences(words);
  const content: BodyJSON[] = [];
  let written = 0;
  let paragraphs = 0;
  while (written < words) {
    if (paragraphs > 0 && paragraphs % 8 === 0) {
      const subhead = SUBHEADS[(paragraphs / 8) % SUBHEADS.length] as string;
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: subhead }] });
      written += wordCount(subhead);
    }
    const text = Array.from({ length: 3 + (paragraphs % 3) }, sentence).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    written += wordCount(text);
    paragraphs++;
  }
  return { type: 'doc', content };
}

/** How many top-level blocks a body has: the opening check waits for all of them on screen. */
export const blockCount = (body: BodyJSON): number => body.content?.length ?? 0;
