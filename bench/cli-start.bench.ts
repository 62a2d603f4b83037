// The command line's start-up (bench/README.md): `byline list` of an empty folder, as the README
// runs it (node cli/bin.mjs), against a bare `node -e 0` start, and against the TypeScript sources
// run through tsx as the launcher does when the bundle is stale. The three alternate run by run, so
// a busy machine slows them alike; the figure is the ratio of the medians. The target is ≤ 3× Node.
// BYLINE_BENCH_RUNS sets the runs of each (default 21). The last line is the JSON summary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, staleness } from '../cli/bundle.mjs';

const RUNS = Number(process.env.BYLINE_BENCH_RUNS ?? 21);
const WARM_UP = 2;
const TARGET_RATIO = 3;

const empty = mkdtempSync(join(tmpdir(), 'byline-bench-cli-'));

// What the launcher does when the bundle is stale: tsx compiles the sources on every start.
const FROM_SOURCES = [
  "const { register } = await import('tsx/esm/api');",
  'register();',
  "const { runCommandLine } = await import('./cli/byline.ts');",
  'await runCommandLine(process.argv.slice(1), {});',
].join(' ');

const contenders = {
  node: ['-e', '0'],
  byline: [join(ROOT, 'cli/bin.mjs'), 'list', empty],
  sources: ['--input-type=module', '-e', FROM_SOURCES, '--', 'list', empty],
} satisfies Record<string, string[]>;
type Contender = keyof typeof contenders;

/** Milliseconds from spawn to exit; a run that fails or prints anything but the empty list stops the benchmark. */
function timed(name: Contender): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, contenders[name], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  const expected = name === 'node' ? '' : '[]\n';
  if (run.status !== 0 || run.stdout !== expected)
    throw new Error(`${name} exited ${run.status} printing ${JSON.stringify(run.stdout)}: ${run.stderr}`);
  return ms;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
const median = (values: number[]) => quantile(values, 0.5);
const round = (ms: number) => Math.round(ms * 10) / 10;

const stale = staleness();
console.log(
  stale === null
    ? 'byline runs from the bundle npm ci built.'
    : `byline runs its sources through tsx: the bundle is out of date (${stale}). npm run prepare rebuilds it.`,
);
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()[0]?.toFixed(2)}, Node ${process.version}`,
);

const times: Record<Contender, number[]> = { node: [], byline: [], sources: [] };
const names = Object.keys(contenders) as Contender[];
// A source edited during the runs (a colleague's save) sends the launcher to tsx from then on: counted, and said.
let fromSources = 0;
for (let run = 0; run < WARM_UP + RUNS; run++)
  for (const name of names) {
    const stale = name === 'byline' && staleness() !== null;
    const ms = timed(name);
    if (run < WARM_UP) continue;
    times[name].push(ms);
    if (stale) fromSources++;
  }
rmSync(empty, { recursive: true, force: true });
if (fromSources > 0)
  console.log(`${fromSources} of ${RUNS} byline runs ran the sources through tsx, the bundle being out of date.`);

const summary = Object.fromEntries(
  names.map((name) => [name, { medianMs: round(median(times[name])), p95Ms: round(quantile(times[name], 0.95)) }]),
) as Record<Contender, { medianMs: number; p95Ms: number }>;
const ratio = (name: Contender) => Math.round((summary[name].medianMs / summary.node.medianMs) * 100) / 100;

for (const name of names)
  console.log(
    `${name.padEnd(8)} median ${summary[name].medianMs} ms, p95 ${summary[name].p95Ms} ms, ${ratio(name)}× node -e 0`,
  );
console.log(
  `byline list of an empty folder: ${ratio('byline')}× a bare Node start (target ≤ ${TARGET_RATIO}×), ` +
    `${Math.round((summary.sources.medianMs / summary.byline.medianMs) * 10) / 10}× faster than through tsx.`,
);
console.log(
  JSON.stringify({
    bench: 'cli-start',
    runs: RUNS,
    bylineRunsFromSources: fromSources,
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? null,
    load: loadavg()[0],
    nodeVersion: process.version,
    ...summary,
    ratio: ratio('byline'),
    sourcesRatio: ratio('sources'),
    targetRatio: TARGET_RATIO,
  }),
);
