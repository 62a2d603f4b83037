// `npm run eval:quotes`: runs `byline quotes` on every passage of the evaluation set and scores it against the gold annotations.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATALOG_PATH, goldPath, passagePath } from '../tests/quotes-eval/files';
import type { CatalogEntry, GoldQuotation } from '../tests/quotes-eval/passage';
import {
  figures,
  misses,
  tally,
  type DetectedQuotation,
  type Miss,
  type PassageOutcome,
} from '../tests/quotes-eval/score';

const CLI = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));
const PARALLEL_RUNS = 2;

const cliOutput = z.array(
  z.object({
    text: z.string(),
    speaker: z.string().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    confidence: z.number(),
  }),
);

class CliFailure extends Error {}

const clip = (text: string): string => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text);

function runCli(file: string): Promise<DetectedQuotation[]> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, 'quotes', file],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          fail(
            new CliFailure(
              `byline quotes ${file} failed (${error.code ?? error.signal ?? error.message}): ${stderr.trim()}`,
            ),
          );
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(stdout);
        } catch {
          fail(new CliFailure(`byline quotes ${file} printed something other than JSON: ${stdout.slice(0, 200)}`));
          return;
        }
        const checked = cliOutput.safeParse(parsed);
        if (checked.success) done(checked.data);
        else fail(new CliFailure(`byline quotes ${file} broke the output contract: ${checked.error.message}`));
      },
    );
  });
}

/** Detections whose offsets do not slice to their own text: a break of the command-line contract, listed apart from the scores. */
const unsliced: string[] = [];

async function evaluate(catalog: CatalogEntry[]): Promise<PassageOutcome[]> {
  const outcomes: PassageOutcome[] = new Array(catalog.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    // After one failure the figures are void: stop starting new runs.
    while (next < catalog.length && !failed) {
      const index = next++;
      const entry = catalog[index] as CatalogEntry;
      const gold = JSON.parse(readFileSync(goldPath(entry.name), 'utf8')) as GoldQuotation[];
      try {
        const detected = await runCli(passagePath(entry.name));
        const text = readFileSync(passagePath(entry.name), 'utf8');
        for (const found of detected) {
          if (text.slice(found.start, found.end) !== found.text)
            unsliced.push(`${entry.name} [${found.start},${found.end}] ${clip(found.text)}`);
        }
        outcomes[index] = { name: entry.name, gold, detected };
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_RUNS }, worker));
  return outcomes;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function row(label: string, outcomes: PassageOutcome[]): string {
  const total = tally(outcomes);
  const f = figures(total);
  return [
    label.padEnd(24),
    String(total.passages).padStart(3),
    String(total.quotations).padStart(4),
    String(total.detected).padStart(4),
    percent(f.precision),
    percent(f.recall),
    percent(f.lenientPrecision),
    percent(f.lenientRecall),
    percent(f.speakerAccuracy),
    percent(f.wrongSpeakerShare),
  ].join(' ');
}

function describe(miss: Miss): string {
  switch (miss.kind) {
    case 'missed':
      return (
        `missed      ${miss.passage} [${miss.gold.start},${miss.gold.end}] ${clip(miss.gold.text)}` +
        (miss.nearest
          ? `\n              found instead [${miss.nearest.start},${miss.nearest.end}] ${clip(miss.nearest.text)}`
          : '')
      );
    case 'spurious':
      return `spurious    ${miss.passage} [${miss.detected.start},${miss.detected.end}] ${clip(miss.detected.text)}`;
    case 'wrong speaker':
      return `wrong       ${miss.passage} ${clip(miss.gold.text)}: gold ${JSON.stringify(miss.gold.speaker)}, got ${JSON.stringify(miss.detected.speaker)}`;
    case 'abstained':
      return `abstained   ${miss.passage} ${clip(miss.gold.text)}: gold ${JSON.stringify(miss.gold.speaker)}`;
  }
}

function report(catalog: CatalogEntry[], outcomes: PassageOutcome[]): void {
  const out = (line = ''): void => void process.stdout.write(line + '\n');
  const named = new Map(outcomes.map((outcome) => [outcome.name, outcome]));
  const where = (test: (entry: CatalogEntry) => boolean): PassageOutcome[] =>
    catalog.filter(test).map((entry) => named.get(entry.name) as PassageOutcome);

  out(`${'category'.padEnd(24)} psg gold  det    prec  recall  l-prec  l-rec  speaker  wrong`);
  for (const category of [...new Set(catalog.flatMap((entry) => entry.cases))].sort()) {
    out(
      row(
        category,
        where((entry) => entry.cases.includes(category)),
      ),
    );
  }
  out();
  for (const desk of [...new Set(catalog.map((entry) => entry.desk))].sort())
    out(
      row(
        `desk: ${desk}`,
        where((entry) => entry.desk === desk),
      ),
    );
  for (const layout of [...new Set(catalog.map((entry) => entry.layout))].sort())
    out(
      row(
        `layout: ${layout}`,
        where((entry) => entry.layout === layout),
      ),
    );
  out();
  out(row('overall', outcomes));
  const total = tally(outcomes);
  const f = figures(total);
  out(`correct speaker over all ${total.quotations} gold quotations: ${percent(f.correctSpeakerOverall).trim()}`);
  out('targets: recall >= 95%, precision >= 90%, correct speaker >= 90%, wrong speaker <= 5%');
  out();
  out(`detections whose start/end do not slice to their text (${unsliced.length}):`);
  for (const line of unsliced) out(`  ${line}`);
  const all = outcomes.flatMap(misses);
  out(`misses (${all.length}):`);
  for (const miss of all) out(`  ${describe(miss)}`);
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  out(
    JSON.stringify({
      passages: total.passages,
      quotations: total.quotations,
      precision: round(f.precision),
      recall: round(f.recall),
      speakerAccuracy: round(f.speakerAccuracy),
      wrongSpeakerShare: round(f.wrongSpeakerShare),
    }),
  );
}

const catalog = JSON.parse(readFileSync(CATALOG_PATH, 'utf8')) as CatalogEntry[];
try {
  report(catalog, await evaluate(catalog));
} catch (error) {
  if (!(error instanceof CliFailure)) throw error;
  process.stderr.write(`eval:quotes: ${error.message}\n`);
  process.exitCode = 2;
}
