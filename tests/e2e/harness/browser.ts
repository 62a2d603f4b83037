// Which Chromium the end-to-end tests (and the typing benchmark) drive, found without apt or a
// download: BYLINE_BROWSER (a path, or "bundled"), else a Chromium or Chrome installed on the
// system, else the Chromium that comes from the npm registry inside @sparticuz/chromium, which
// `npm ci` installs and which unpacks itself into the temp folder on first use (about 3 s).
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags for a headless run on a closed network: without the background ones Chromium keeps dialling out. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for the first line of a failure report. */
  origin: 'BYLINE_BROWSER' | 'system' | 'bundled';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium or Chrome on PATH or in the usual application folders, or null. */
export function systemBrowser(path = process.env.PATH ?? ''): string | null {
  const onPath = path
    .split(delimiter)
    .filter(Boolean)
    .flatMap((folder) => SYSTEM_NAMES.map((name) => join(folder, name)));
  return [...onPath, ...SYSTEM_PATHS].find((candidate) => existsSync(candidate) && isExecutable(candidate)) ?? null;
}

/** The registry's Chromium, unpacked on first use. */
export async function bundledBrowser(): Promise<string> {
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

let found: Promise<FoundBrowser> | null = null;

/** The browser to drive, looked up once per process. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  found ??= lookUpBrowser(env);
  return found;
}

/** The lookup itself, in the order the README gives: BYLINE_BROWSER, the system's, the registry's. */
export async function lookUpBrowser(env: NodeJS.ProcessEnv): Promise<FoundBrowser> {
  const asked = env.BYLINE_BROWSER?.trim();
  if (asked === 'bundled') return { executablePath: await bundledBrowser(), origin: 'bundled' };
  if (asked) {
    if (!isExecutable(asked))
      throw new Error(
        `BYLINE_BROWSER is ${asked}, which is not a program that can be run; unset it to use the system's or the bundled Chromium.`,
      );
    return { executablePath: asked, origin: 'BYLINE_BROWSER' };
  }
  const system = systemBrowser(env.PATH);
  if (system) return { executablePath: system, origin: 'system' };
  return { executablePath: await bundledBrowser(), origin: 'bundled' };
}
