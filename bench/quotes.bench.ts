// The quotes benchmark: detection and suggested attribution over a 50,000-word news article, scanned
// whole and updated through the editor's incremental path after one keystroke. The last line
// printed is the JSON summary; targets are full p95 ≤ 50 ms and incremental p95 ≤ 2 ms.
import { cpus } from 'node:os';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { bodySchema } from '../core/body/schema';
import { countWords } from '../core/body/text';
import { detectQuotations } from '../core/quotes/detect';
import { detectedQuotes, quoteDetectionKey, quoteDetectionPlugin } from '../core/quotes/detection-extension';
import { blockParagraphs } from '../core/quotes/plain-text';

const WORDS = Number(process.env.BYLINE_BENCH_WORDS ?? 50_000);
const FULL_RUNS = Number(process.env.BYLINE_BENCH_FULL_RUNS ?? 300);
const KEYSTROKES = Number(process.env.BYLINE_BENCH_KEYSTROKES ?? 600);
const WARM_UP = 20;

/** A repeatable pseudo-random sequence, so every run measures the same article and keystrokes. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const random = seeded(2021);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PEOPLE = [
  { title: 'NATO Secretary General', name: 'Jens Stoltenberg', pronoun: 'he' },
  { title: 'Mayor', name: 'Ann Fox', pronoun: 'she' },
  { title: 'fire chief', name: 'Tom Reed', pronoun: 'he' },
  { title: 'Health Minister', name: 'Lucia Moreno', pronoun: 'she' },
  { title: 'union leader', name: 'Omar Haddad', pronoun: 'he' },
];
const PLACES = [
  'the harbour',
  'the old bridge',
  'the city council',
  'the northern districts',
  'the main hospital',
  'the ring road',
];
const CLAIMS = [
  'we will not leave until the work is done',
  'the budget for repairs has to double next year',
  'nobody in this city should wait three hours for an ambulance',
  'the decision was taken together and it will be carried out together',
  'we have asked the government for help and we are still waiting',
  'the water came faster than anyone had predicted',
];
const surname = (name: string) => name.split(' ')[1]!;
const sentence = (words: string) => words[0]!.toUpperCase() + words.slice(1);

function narrative(): string {
  return `${sentence(`officials at ${pick(PLACES)} said on Tuesday that ${pick(CLAIMS)}`)}. The plan, first drafted in 2019, covers ${pick(PLACES)} and ${pick(PLACES)}, and the tenants’ association has asked for a hearing in the ’90s-era hall.`;
}

/** One news story: a speaker introduced with a title, then quotations in every style the detector reads. */
function story(paragraphs: string[]): void {
  const person = pick(PEOPLE);
  paragraphs.push(
    `${sentence(person.title)} ${person.name} said on Wednesday that ${pick(CLAIMS)} and that the so-called “reforms” would wait.`,
  );
  paragraphs.push(`“${sentence(pick(CLAIMS))}. ${sentence(pick(CLAIMS))},” ${surname(person.name)} said.`);
  paragraphs.push(narrative());
  paragraphs.push(
    `${sentence(person.pronoun)} told reporters: “${sentence(pick(CLAIMS))}, and I’ll say it again: ${pick(CLAIMS)}.”`,
  );
  paragraphs.push(`“${sentence(pick(CLAIMS))}. ${sentence(pick(CLAIMS))}.`);
  paragraphs.push(`“${sentence(pick(CLAIMS))}, because ${pick(CLAIMS)},” ${person.pronoun} added.`);
  paragraphs.push(
    `A spokeswoman for the ministry called the response “slow and badly planned” and said a report titled “Roads to Recovery” would follow.`,
  );
  paragraphs.push(narrative());
}

function newsParagraphs(words: number): string[] {
  const paragraphs: string[] = [];
  while (countWords(paragraphs.join('\n\n')) < words) for (let i = 0; i < 20; i++) story(paragraphs);
  return paragraphs;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const paragraphs = newsParagraphs(WORDS);
const text = paragraphs.join('\n\n');
const words = countWords(text);
const input = blockParagraphs(text);
const found = detectQuotations(input, text);
console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}`);
console.log(
  `article: ${words} words, ${input.length} paragraphs, ${found.length} quotations, ${found.filter((quotation) => quotation.speaker === null).length} without a suggested speaker`,
);

const full: number[] = [];
for (let run = 0; run < WARM_UP + FULL_RUNS; run++) {
  const started = performance.now();
  detectQuotations(input, text);
  if (run >= WARM_UP) full.push(performance.now() - started);
}

const schema = bodySchema();
const doc: PMNode = schema.node(
  'doc',
  null,
  paragraphs.map((paragraph) => schema.node('paragraph', null, [schema.text(paragraph)])),
);
let state = EditorState.create({ schema, doc, plugins: [quoteDetectionPlugin()] });
const incremental: number[] = [];
// Paragraphs each keystroke's linking and attribution walk went through: a count, not a time, so it does not move with the machine's load.
const walked: number[] = [];
for (let key = 0; key < WARM_UP + KEYSTROKES; key++) {
  // A keystroke somewhere in the article: a letter, now and then a quotation mark, which changes what is quoted.
  const block = Math.floor(random() * state.doc.childCount);
  let pos = 1;
  for (let i = 0; i < block; i++) pos += state.doc.child(i).nodeSize;
  const at = pos + Math.floor(random() * state.doc.child(block).content.size);
  const tr = state.tr.insertText(key % 25 === 0 ? '”' : 'e', at);
  const started = performance.now();
  state = state.apply(tr);
  if (key >= WARM_UP) incremental.push(performance.now() - started);
  if (key >= WARM_UP) walked.push(quoteDetectionKey.getState(state)!.walked);
}
console.log(`after ${KEYSTROKES} keystrokes: ${detectedQuotes(state).length} quotations detected`);
console.log(
  `paragraphs walked per keystroke: p50 ${percentile(walked, 50)}, p95 ${percentile(walked, 95)}, max ${Math.max(...walked)} of ${input.length}; over 100: ${walked.filter((count) => count > 100).length} of ${walked.length} keystrokes`,
);

console.log(
  JSON.stringify({
    words,
    fullP50Ms: round(percentile(full, 50)),
    fullP95Ms: round(percentile(full, 95)),
    incrementalP50Ms: round(percentile(incremental, 50)),
    incrementalP95Ms: round(percentile(incremental, 95)),
  }),
);
