// The editor's desk benchmark (bench/README.md, "Review"): a 5,000-word article edited through
// 500 revisions as typing makes them (a word added, one struck, a sentence rewritten, each save a
// few minutes after the last), recorded through the history store into a temporary folder; what
// the history costs on disk, listing it, and the diff between random pairs of revisions. Then
// typing in Suggest mode against typing with it off, on one page in the tests' Chromium
// (review/typing.ts). The last line printed is the JSON summary.
import { cpus } from 'node:os';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newArticle, type Article } from '../core/article/article';
import { serializeArticle } from '../core/article/serialize';
import type { BodyJSON } from '../core/body/schema';
import { countBodyWords } from '../core/body/text';
import { diffBodies, diffFields } from '../core/review/diff';
import { articleHistory, historyPathFor, KEYFRAME_EVERY } from '../electron/library/history/history-store';
import { seeded } from './seeded';
import { newsBody } from './typing/document';
import { suggestTransactions } from './review/transactions';
import { suggestTyping } from './review/typing';

const WORDS = 5_000;
const REVISIONS = Number(process.env.BYLINE_BENCH_REVISIONS ?? 500);
const LISTS = 50;
const DIFF_PAIRS = 100;
const FILE = 'council-budget.byline.json';
// Farther apart than the three minutes that fold typing into one revision.
const MINUTES_APART = 4;

const round = (ms: number) => Math.round(ms * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const random = seeded(13);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const EXTRA = ['again', 'on Tuesday', 'officials said', 'in the north', 'at least', 'reportedly', 'by Friday'];

/** One small edit of a random paragraph, as a reporter's typing between two saves makes it. */
function typed(body: BodyJSON): BodyJSON {
  const blocks = [...(body.content ?? [])];
  const index = Math.floor(random() * blocks.length);
  const block = blocks[index]!;
  const text = block.content?.[0]?.text ?? '';
  const words = text.split(' ');
  const at = Math.floor(random() * words.length);
  const kind = random();
  if (kind < 0.5) words.splice(at, 0, pick(EXTRA));
  else if (kind < 0.8 && words.length > 3) words.splice(at, 1);
  else words[at] = `${words[at]!.replace(/[.,]$/u, '')}, ${pick(EXTRA)},`.replace(/,,$/u, ',');
  blocks[index] = { ...block, content: [{ type: 'text', text: words.join(' ') }] };
  return { ...body, content: blocks };
}

const started = performance.now();
console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}`);
const folder = await mkdtemp(join(tmpdir(), 'byline-bench-review-'));
const history = articleHistory(folder);
let article: Article = {
  ...newArticle({ id: 'bench-article-0001', slug: 'council-budget', headline: 'Council budget', now: '' }),
  body: newsBody(WORDS),
};
const minute = (n: number) => new Date(Date.UTC(2026, 11, 5, 6, 0) + n * 60_000).toISOString();
const recordMs: number[] = [];
try {
  for (let rev = 1; rev <= REVISIONS; rev++) {
    const at = minute(rev * MINUTES_APART);
    article = { ...article, savedAt: at, createdAt: minute(0), body: rev === 1 ? article.body : typed(article.body) };
    if (rev % 50 === 0) article = { ...article, deck: `Take ${rev} of the budget story.` };
    await writeFile(join(folder, FILE), serializeArticle(article));
    const before = performance.now();
    const entry = await history.record(FILE, article, { by: rev % 3 === 0 ? 'Ben' : 'Ana', reason: 'edit', at });
    recordMs.push(performance.now() - before);
    if (entry?.rev !== rev) throw new Error(`revision ${rev} was not recorded`);
  }
  const articleBytes = Buffer.byteLength(serializeArticle(article));
  const historyBytes = (await stat(historyPathFor(join(folder, FILE)))).size;

  const listMs: number[] = [];
  for (let n = 0; n < LISTS; n++) {
    const before = performance.now();
    const { revisions, problem } = await history.list(FILE);
    listMs.push(performance.now() - before);
    if (revisions.length !== REVISIONS || problem) throw new Error(`the list is wrong: ${problem}`);
  }

  const diffMs: number[] = [];
  // CPU time beside the wall clock: on a shared machine the wall clock also counts other programs' turns.
  const diffCpuMs: number[] = [];
  let changes = 0;
  for (let n = 0; n < DIFF_PAIRS; n++) {
    const from = 1 + Math.floor(random() * REVISIONS);
    const to = 1 + Math.floor(random() * REVISIONS);
    const before = performance.now();
    const cpuBefore = process.cpuUsage();
    const [a, b] = await Promise.all([history.read(FILE, from), history.read(FILE, to)]);
    const parts = diffBodies(a.body, b.body);
    const fields = diffFields(a, b);
    diffMs.push(performance.now() - before);
    const cpu = process.cpuUsage(cpuBefore);
    diffCpuMs.push((cpu.user + cpu.system) / 1000);
    changes += parts.filter((part) => part.kind !== 'equal').length + fields.length;
  }

  console.log(
    `article: ${countBodyWords(article.body)} words, ${articleBytes} bytes; ${REVISIONS} revisions (a keyframe every ${KEYFRAME_EVERY}): history ${historyBytes} bytes = ${round(historyBytes / articleBytes)}× the article (target ≤ 5×)`,
  );
  console.log(
    `record p50 ${round(percentile(recordMs, 50))} / p95 ${round(percentile(recordMs, 95))} ms (read, rebuild the last, delta, append, fsync, under the lock)`,
  );
  console.log(
    `list p50 ${round(percentile(listMs, 50))} / p95 ${round(percentile(listMs, 95))} ms over ${LISTS} (target ≤ 20 ms)`,
  );
  console.log(
    `diff of ${DIFF_PAIRS} random pairs (both revisions rebuilt and read, body and fields diffed): p50 ${round(percentile(diffMs, 50))} / p95 ${round(percentile(diffMs, 95))} / max ${round(Math.max(...diffMs))} ms (CPU time p50 ${round(percentile(diffCpuMs, 50))} / p95 ${round(percentile(diffCpuMs, 95))} ms), ${changes} changes shown (target p95 ≤ 50 ms)`,
  );

  suggestTransactions(newsBody(WORDS));
  // BYLINE_BENCH_TYPING=0 skips the browser half (a quick look at the history; the JSON then holds nulls for it).
  const typing =
    process.env.BYLINE_BENCH_TYPING === '0'
      ? { suggestP95: null, normalP95: null, ratio: null }
      : await suggestTyping();
  console.log(`total ${round((performance.now() - started) / 1000)} s (a busy machine makes these figures noisy)`);
  console.log(
    JSON.stringify({
      words: countBodyWords(article.body),
      revisions: REVISIONS,
      articleBytes,
      historyBytes,
      historyListMs: round(percentile(listMs, 95)),
      diffP95Ms: round(percentile(diffMs, 95)),
      suggestTypingP95Ms: typing.suggestP95,
      normalTypingP95Ms: typing.normalP95,
      suggestTypingRatio: typing.ratio,
    }),
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
