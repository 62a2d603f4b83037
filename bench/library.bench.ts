// The library benchmark (PERFORMANCE.md, "The library"): list, search and save over 10,000 generated
// articles, against a naive read-and-parse of every file in the same run.
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../electron/library/atomic-write';
import { createLibraryIndex, type LibraryIndexService } from '../electron/library/index/library-index';
import { ensureLibrary, fileNameOf, generateArticle, vocabulary } from './library-generate';

const ARTICLES = Number(process.env.BYLINE_BENCH_ARTICLES ?? 10_000);
const folder = process.env.BYLINE_BENCH_LIBRARY ?? join(tmpdir(), 'byline-bench-library');
const cacheFolder = mkdtempSync(join(tmpdir(), 'byline-bench-cache-'));
const cacheFile = join(cacheFolder, 'library-index.json');

const round = (ms: number) => Math.round(ms * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const median = (values: number[]) => percentile(values, 50);

function naiveReadAll(): number {
  const start = performance.now();
  for (const name of readdirSync(folder)) JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return performance.now() - start;
}

async function untilSearchReady(index: LibraryIndexService, start: number): Promise<number> {
  while (!index.searchReady()) await new Promise((resolve) => setTimeout(resolve, 5));
  return performance.now() - start;
}

async function openIndex(): Promise<{
  index: LibraryIndexService;
  started: number;
  listMs: number;
  searchReadyMs: number;
}> {
  const started = performance.now();
  const index = createLibraryIndex({ folder, cacheFile });
  await index.list();
  const listMs = performance.now() - started;
  const searchReadyMs = await untilSearchReady(index, started);
  return { index, started, listMs, searchReadyMs };
}

const started = performance.now();
console.log(`generating ${ARTICLES} articles in ${folder} (reused when already there)…`);
ensureLibrary(folder, ARTICLES);
const megabytes = readdirSync(folder).reduce((sum, name) => sum + readFileSync(join(folder, name)).length, 0) / 1e6;
console.log(
  `library ready: ${ARTICLES} files, ${megabytes.toFixed(0)} MB (${round((performance.now() - started) / 1000)} s)`,
);
const naive: number[] = [naiveReadAll()];

const cold = await openIndex();
// The words are counted after search is ready; a start that is left running gets them, so the
// warm start below measures a library whose cold start was allowed to finish.
await cold.index.searchSettled();
const coldCountedMs = performance.now() - cold.started;
await cold.index.close();
console.log(
  `cold list ${round(cold.listMs)} ms, cold search ready ${round(cold.searchReadyMs)} ms (worker build), every word counted ${round(coldCountedMs)} ms`,
);
naive.push(naiveReadAll());

const warm = await openIndex();
console.log(`warm list ${round(warm.listMs)} ms, warm search ready ${round(warm.searchReadyMs)} ms`);

const words = vocabulary();
for (let n = 0; n < 100; n++) {
  const file = join(folder, fileNameOf(n * Math.floor(ARTICLES / 100)));
  const article = JSON.parse(readFileSync(file, 'utf8')) as { headline: string };
  article.headline = `${article.headline.replace(/ \(updated \d+\)$/, '')} (updated ${Date.now() % 1000})`;
  writeFileSync(file, JSON.stringify(article, null, 2) + '\n');
}
let start = performance.now();
await warm.index.list();
const changedListMs = performance.now() - start;
console.log(`list after 100 changed files ${round(changedListMs)} ms`);

const queries: string[] = [];
for (let n = 0; n < 200; n++) {
  const word = words[(n * 7919) % 3000] as string;
  queries.push(n % 2 === 0 ? word : word.slice(0, Math.max(3, Math.ceil(word.length / 2))));
}
const latencies: number[] = [];
let hitCount = 0;
for (const query of queries) {
  start = performance.now();
  const { hits } = await warm.index.search(query, 20);
  latencies.push(performance.now() - start);
  hitCount += hits.length;
}
await warm.index.close();
console.log(
  `search p50 ${round(median(latencies))} ms, p95 ${round(percentile(latencies, 95))} ms over ${queries.length} exact and prefix queries (${hitCount} hits)`,
);
naive.push(naiveReadAll());

const saveTarget = join(mkdtempSync(join(tmpdir(), 'byline-bench-save-')), 'long-read.byline.json');
let long = generateArticle(1, words).json;
while ((long.match(/ /g) ?? []).length < 5_000 * 1.1)
  long = generateArticle(Math.floor(Math.random() * ARTICLES), words).json;
const saves: number[] = [];
for (let n = 0; n < 60; n++) {
  const bytes = new TextEncoder().encode(long.replace('"headline": "', `"headline": "${n} `));
  start = performance.now();
  await writeFileAtomic(saveTarget, bytes);
  saves.push(performance.now() - start);
}
console.log(`durable save of a long article p50 ${round(median(saves))} ms, p95 ${round(percentile(saves, 95))} ms`);
naive.push(naiveReadAll());

const naiveReadAllMs = median(naive);
console.log(
  `naive read + JSON.parse of every file: ${naive.map(round).join(' / ')} ms (median ${round(naiveReadAllMs)})`,
);
console.log(
  `ratios to naive: cold list ${(cold.listMs / naiveReadAllMs).toFixed(2)}× (≤ 1.5), cold search ${(cold.searchReadyMs / naiveReadAllMs).toFixed(2)}× (≤ 10), ` +
    `warm list ${(warm.listMs / naiveReadAllMs).toFixed(2)}× (≤ 0.2), warm search ${(warm.searchReadyMs / naiveReadAllMs).toFixed(2)}× (≤ 0.75)`,
);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
rmSync(cacheFolder, { recursive: true, force: true });
console.log(
  JSON.stringify({
    articles: ARTICLES,
    coldListMs: round(cold.listMs),
    coldSearchReadyMs: round(cold.searchReadyMs),
    warmListMs: round(warm.listMs),
    warmSearchReadyMs: round(warm.searchReadyMs),
    changedListMs: round(changedListMs),
    searchP50Ms: round(median(latencies)),
    searchP95Ms: round(percentile(latencies, 95)),
    saveP50Ms: round(median(saves)),
    saveP95Ms: round(percentile(saves, 95)),
    naiveReadAllMs: round(naiveReadAllMs),
  }),
);
