// One typing session on one page: open the document, put the caret at the end of a middle
// paragraph, warm up, then 300 keys paced one every 50 ms and 300 in a burst.
import type { Browser, Page } from 'playwright-core';
import type { BodyJSON } from '../../core/body/schema';
import { blockCount } from './document';
import { fakeBylineScript } from './fake-byline';
import { PROBE, probeScript, type PageProbe, type ProbeReadout } from './probe';

export type PageKind = 'app' | 'baseline';

export interface SessionResult {
  openMs: number;
  paced: ProbeReadout;
  burst: ProbeReadout;
}

export const KEYS = 300;
const WARM_UP_KEYS = 40;
const PACE_MS = 50;
const COPY =
  ' The council said the road would reopen on Friday, after repairs to the flood barrier and a safety inspection.';

const textOf = (length: number, from = 0) => Array.from({ length }, (_, n) => COPY[(from + n) % COPY.length]).join('');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The article in the library sidebar's list, which the reporter clicks to open. */
const LIBRARY_ENTRY = '[role="listbox"][aria-label="Articles"] [role="option"]';

type ProbeWindow = Window & { [PROBE]: PageProbe; __bylineBenchDocument?: BodyJSON; __bylineBenchOpen?: () => void };

async function openDocument(page: Page, kind: PageKind, blocks: number): Promise<number> {
  if (kind === 'app') {
    await page.locator(LIBRARY_ENTRY).first().waitFor();
    return page.evaluate(
      ([blocks, probe, entry]) => {
        const since = performance.now();
        document.querySelector<HTMLElement>(entry as string)?.click();
        return (window as unknown as ProbeWindow)[probe as typeof PROBE].untilOnScreen(
          '.ProseMirror',
          blocks as number,
          since,
        );
      },
      [blocks, PROBE, LIBRARY_ENTRY] as const,
    );
  }
  return page.evaluate(
    ([blocks, probe]) => {
      const since = performance.now();
      const page = window as unknown as ProbeWindow;
      page.__bylineBenchOpen?.();
      return page[probe as typeof PROBE].untilOnScreen('.ProseMirror', blocks as number, since);
    },
    [blocks, PROBE] as const,
  );
}

async function caretInMiddle(page: Page): Promise<void> {
  const paragraphs = page.locator('.ProseMirror > p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}

async function typePaced(page: Page, text: string): Promise<void> {
  const start = performance.now();
  for (let n = 0; n < text.length; n++) {
    await page.keyboard.type(text[n] as string);
    await sleep(start + (n + 1) * PACE_MS - performance.now());
  }
}

async function settled(page: Page): Promise<void> {
  while (await page.evaluate((probe) => (window as unknown as ProbeWindow)[probe as typeof PROBE].pending(), PROBE))
    await sleep(20);
}

const probeCall = (page: Page, method: 'start' | 'stop') =>
  page.evaluate(([probe, method]) => (window as unknown as ProbeWindow)[probe as typeof PROBE][method as 'stop'](), [
    PROBE,
    method,
  ] as const);

export async function typingSession(
  browser: Browser,
  url: string,
  kind: PageKind,
  body: BodyJSON,
  words: number,
): Promise<SessionResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(probeScript());
    if (kind === 'app') await page.addInitScript(fakeBylineScript(body, words));
    else await page.addInitScript(`window.__bylineBenchDocument = ${JSON.stringify(body)};`);
    await page.goto(url);
    const openMs = await openDocument(page, kind, blockCount(body));
    await caretInMiddle(page);
    await typePaced(page, textOf(WARM_UP_KEYS));
    await settled(page);

    await probeCall(page, 'start');
    await typePaced(page, textOf(KEYS, WARM_UP_KEYS));
    await settled(page);
    const paced = (await probeCall(page, 'stop')) as ProbeReadout;

    await sleep(500);
    await probeCall(page, 'start');
    await page.keyboard.type(textOf(KEYS, WARM_UP_KEYS + KEYS));
    await settled(page);
    const burst = (await probeCall(page, 'stop')) as ProbeReadout;
    // The generated copy never says "flood barrier": finding it proves the keys reached the body.
    const typed = await page
      .locator('.ProseMirror')
      .evaluate((body) => (body.textContent ?? '').split('flood barrier').length - 1);
    if (typed < 5) throw new Error(`The ${kind} page did not take the typed text into its body.`);
    return { openMs, paced, burst };
  } finally {
    await context.close();
  }
}
