// Typing with Suggest mode on against typing with it off (bench/README.md, "Review"): one page
// (page/) holding the body's extensions and Suggest mode, built by Vite and served on 127.0.0.1,
// typed into in the tests' headless Chromium by the typing benchmark's session (paced keys, one
// every 50 ms; keydown to the frame after), the two modes alternating in one browser.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { BROWSER_ARGS, findBrowser } from '../../tests/e2e/harness/browser';
import { newsBody } from '../typing/document';
import { serveFolder } from '../typing/pages';
import { typingSession } from '../typing/session';

const ROUNDS = Number(process.env.BYLINE_BENCH_ROUNDS ?? 2);
const WORDS = 5_000;
// As the typing benchmark: keystrokes are timed, not frames.
const FLAGS = [...BROWSER_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

export interface SuggestTyping {
  suggestP95: number;
  normalP95: number;
  ratio: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'byline-bench-suggest-'));
  await build({
    root: resolve('bench/review/page'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export async function suggestTyping(): Promise<SuggestTyping> {
  const served = await serveFolder(await buildPage());
  const browser = await chromium.launch({
    executablePath: (await findBrowser()).executablePath,
    headless: true,
    args: FLAGS,
  });
  const body = newsBody(WORDS);
  const paced = { normal: [] as number[], suggest: [] as number[] };
  try {
    for (let pass = 0; pass < ROUNDS; pass++) {
      for (const mode of ['normal', 'suggest'] as const) {
        const url = `${served.url}${mode === 'suggest' ? '?suggest=1' : ''}`;
        const session = await typingSession(browser, url, 'baseline', body, WORDS);
        paced[mode].push(...session.paced.keys.map((key) => key.afterFrame));
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const normalP95 = round(percentile(paced.normal, 95));
  const suggestP95 = round(percentile(paced.suggest, 95));
  for (const mode of ['normal', 'suggest'] as const)
    console.log(
      `typing ${mode.padEnd(7)} (${WORDS} words, Chromium ${browser.version()}): paced after-frame p50 ${round(percentile(paced[mode], 50))} / p95 ${round(percentile(paced[mode], 95))} / max ${round(Math.max(...paced[mode]))} ms over ${paced[mode].length} keys`,
    );
  const ratio = Math.round((percentile(paced.suggest, 95) / percentile(paced.normal, 95)) * 100) / 100;
  console.log(`typing ratio suggest/normal p95 ${ratio} (target ≤ 1.1)`);
  return { suggestP95, normalP95, ratio };
}
