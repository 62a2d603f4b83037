// Runs once before the end-to-end files: finds (and, the first time, unpacks) the browser, so
// no two test files unpack the registry's Chromium at once, and says which one is used.
import { findBrowser } from './browser';

export default async function setup(): Promise<void> {
  const { executablePath, origin } = await findBrowser();
  process.stdout.write(`e2e: browser ${executablePath} (${origin})\n`);
}
