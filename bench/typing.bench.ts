// The typing benchmark (bench/README.md, "Typing"): the production renderer and a
// bare TipTap StarterKit page type into the same 5k / 50k / 100k-word documents in headless
// Chromium, alternating in one process. The last line printed is the JSON summary.
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../tests/e2e/harness/browser';
import { newsBody } from './typing/document';
import { buildAppRenderer, buildBaseline, serveFolder } from './typing/pages';
import { KEYS, typingSession, type PageKind, type SessionResult } from './typing/session';

const ROUNDS = Number(process.env.BYLINE_BENCH_ROUNDS ?? 2);
const ALL_DOCS = { '5k': 5_000, '50k': 50_000, '100k': 100_000 } as const;
// BYLINE_BENCH_DOCS=5k,50k measures only those documents (for a quick look; the JSON then lacks the rest).
const chosen = process.env.BYLINE_BENCH_DOCS?.split(',');
const DOCS = Object.entries(ALL_DOCS).filter(([label]) => !chosen || chosen.includes(label));
// The harness's headless flags, and no frame pacing: keystrokes are timed, not frames.
const FLAGS = [...BROWSER_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

const round = (ms: number) => Math.round(ms * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
// Read from the installed folders: some packages do not export their package.json.
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

const started = performance.now();
// BYLINE_BENCH_APP_FOLDER serves a renderer built earlier (e.g. a copy of out/renderer), to compare two builds.
const appFolder = process.env.BYLINE_BENCH_APP_FOLDER ?? buildAppRenderer(process.env.BYLINE_BENCH_REUSE_BUILD === '1');
const [app, baseline] = await Promise.all([serveFolder(appFolder), serveFolder(await buildBaseline())]);
const browser = await chromium.launch({
  executablePath: (await findBrowser()).executablePath,
  headless: true,
  args: FLAGS,
});
console.log(
  `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}; Node ${process.version}; Chromium ${browser.version()}`,
);
console.log(
  `versions: @tiptap/core ${versionOf('@tiptap/core')}, react ${versionOf('react')}, playwright-core ${versionOf('playwright-core')}`,
);
console.log(
  `builds ready in ${round((performance.now() - started) / 1000)} s; ${ROUNDS} round(s) of ${KEYS} paced + ${KEYS} burst keys per page and document`,
);

const docs: Record<
  string,
  { p50: number; p95: number; max: number; burstRafP95: number; openMs: number; baselineP95: number; ratio: number }
> = {};
let appCommits = 0;
let appKeys = 0;
try {
  for (const [label, words] of DOCS) {
    const body = newsBody(words);
    const runs: Record<PageKind, SessionResult[]> = { app: [], baseline: [] };
    for (let pass = 0; pass < ROUNDS; pass++) {
      runs.baseline.push(await typingSession(browser, baseline.url, 'baseline', body, words));
      runs.app.push(await typingSession(browser, app.url, 'app', body, words));
    }
    const paced = (kind: PageKind) => runs[kind].flatMap((run) => run.paced.keys.map((key) => key.afterFrame));
    const burst = (kind: PageKind) => runs[kind].flatMap((run) => run.burst.keys.map((key) => key.toFrame));
    const opens = (kind: PageKind) => runs[kind].map((run) => run.openMs);
    appCommits += runs.app.reduce((sum, run) => sum + run.paced.commits, 0);
    appKeys += runs.app.reduce((sum, run) => sum + run.paced.keys.length, 0);
    const baselineP95 = round(percentile(paced('baseline'), 95));
    docs[label] = {
      p50: round(percentile(paced('app'), 50)),
      p95: round(percentile(paced('app'), 95)),
      max: round(Math.max(...paced('app'))),
      burstRafP95: round(percentile(burst('app'), 95)),
      openMs: round(percentile(opens('app'), 50)),
      baselineP95,
      ratio: Math.round((percentile(paced('app'), 95) / percentile(paced('baseline'), 95)) * 100) / 100,
    };
    const burstCommits =
      runs.app.reduce((sum, run) => sum + run.burst.commits, 0) /
      Math.max(
        1,
        runs.app.reduce((sum, run) => sum + run.burst.keys.length, 0),
      );
    for (const kind of ['baseline', 'app'] as const) {
      console.log(
        `${label.padStart(4)} ${kind.padEnd(8)} paced after-frame p50 ${round(percentile(paced(kind), 50))} / p95 ${round(percentile(paced(kind), 95))} / max ${round(Math.max(...paced(kind)))} ms; ` +
          `burst next-frame p95 ${round(percentile(burst(kind), 95))} ms; open ${opens(kind).map(round).join(', ')} ms`,
      );
    }
    console.log(
      `${label.padStart(4)} ratio app/baseline p95 ${docs[label]?.ratio}; React commits per key: paced ${round(
        runs.app.reduce((sum, run) => sum + run.paced.commits, 0) /
          Math.max(
            1,
            runs.app.reduce((sum, run) => sum + run.paced.keys.length, 0),
          ),
      )}, burst ${round(burstCommits)}; ${runs.app[0]?.burst.commitsSinceLoad ?? 0} commits since the page loaded`,
    );
  }
} finally {
  await browser.close();
  await Promise.all([app.close(), baseline.close()]);
}
console.log(`total ${round((performance.now() - started) / 1000)} s (a busy machine makes these figures noisy)`);
console.log(JSON.stringify({ docs, reactCommitsPerKey: Math.round((appCommits / Math.max(1, appKeys)) * 100) / 100 }));
