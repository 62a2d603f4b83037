// Exported pages opened in Chromium with a trap: attacks and random text in every field and in
// the body never run script, the JSON-LD still parses with the exact headline, and the <h1>
// shows the headline as typed.
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article';
import { createExporter } from '../../core/export/exporter';
import type { Settings } from '../../core/settings/settings';
import { settings } from '../builders/article';
import { BROWSER_ARGS, findBrowser } from './harness/browser';
import { HOSTILE_HREFS, PAYLOADS, asReaderSees, hostileArticle, randomText } from '../core/export/hostile';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: BROWSER_ARGS });
  page = await browser.newPage();
  // Nothing the page asks for leaves the machine; an <img src=x> still fails and fires onerror.
  await page.route('**/*', (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
});

/** A string that survives the trip into the page whatever it holds: JSON with only ASCII in it. */
const asciiJson = (value: string) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

interface PageReport {
  pwned: boolean;
  scripts: number;
  handlers: string[];
  hrefs: string[];
  jsonLdHeadlineExact: boolean;
  h1Exact: boolean;
}

async function open(html: string, headline: string): Promise<PageReport> {
  await page.setContent(html, { waitUntil: 'load' });
  // One more turn of the event loop for anything an attack might have queued.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  return page.evaluate(
    ([headlineJson, seenJson]) => {
      const trapped = window as unknown as { __pwned?: unknown };
      const pwned = trapped.__pwned !== undefined;
      delete trapped.__pwned;
      const script = document.querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? 'null') as { headline?: unknown } | null;
      return {
        pwned,
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes]
            .filter(({ name }) => name.startsWith('on'))
            .map(({ name }) => `${element.tagName} ${name}`),
        ),
        hrefs: [...document.querySelectorAll('[href]')].map(
          (element) => new URL(element.getAttribute('href')!, 'https://base.example/').protocol,
        ),
        jsonLdHeadlineExact: data?.headline === JSON.parse(headlineJson),
        h1Exact: document.querySelector('h1')?.textContent === JSON.parse(seenJson),
      };
    },
    [asciiJson(headline), asciiJson(asReaderSees(headline))] as const,
  );
}

async function expectHarmless(article: Article, fields: Partial<Settings>): Promise<void> {
  const { hrefs, ...report } = await open(createExporter(settings(fields)).document(article), article.headline);
  expect(report).toEqual({
    pwned: false,
    // The JSON-LD, and nothing else.
    scripts: 1,
    handlers: [],
    jsonLdHeadlineExact: true,
    h1Exact: true,
  });
  expect(hrefs.filter((protocol) => !['http:', 'https:', 'mailto:'].includes(protocol))).toEqual([]);
}

// Settings are fields too: a newsroom name and a base URL can carry an attack as well.
const HOSTILE_SETTINGS: Partial<Settings>[] = [
  {
    exportQuoteSources: true,
    newsroomName: PAYLOADS[0],
    baseUrl: 'https://news.example/"><script>window.__pwned=1</script>/',
  },
  { exportQuoteSources: false, exportStylesheet: false, newsroomName: PAYLOADS[3], dateStyle: 'iso' },
];

describe('an exported page in Chromium', () => {
  it('notices an attack that gets through, so its silence below means something', async () => {
    const report = await open(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><h1>x</h1><img src=x onerror="window.__pwned=1"></body></html>',
      'x',
    );
    expect(report.pwned).toBe(true);
  });

  for (const [index, payload] of PAYLOADS.entries()) {
    it(`runs no script for payload ${index} (${JSON.stringify(payload)}) in every field, the body and every link`, async () => {
      for (const href of HOSTILE_HREFS) {
        for (const fields of HOSTILE_SETTINGS) await expectHarmless(hostileArticle(payload, href), fields);
      }
    });
  }

  it('runs no script for random text in every field and as every link', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomText,
        fc.oneof(randomText, fc.constantFrom(...HOSTILE_HREFS)),
        fc.constantFrom(...HOSTILE_SETTINGS),
        async (text, href, fields) => {
          await expectHarmless(hostileArticle(text, href), fields);
        },
      ),
      { numRuns: 200 },
    );
  });
});
