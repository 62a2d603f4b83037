// One harness per test file: started before the file's tests and stopped after them, so each
// file states only what its harness needs.
import { afterAll, beforeAll } from 'vitest';
import { Harness, type HarnessOptions } from './harness';

export interface UseHarnessOptions extends HarnessOptions {
  /** How long the page's locators wait before failing, where Playwright's default is too short. */
  pageTimeoutMs?: number;
}

/** Registers the file's harness; call the result inside a test to get it. */
export function useHarness(options: UseHarnessOptions = {}): () => Harness {
  const { pageTimeoutMs, ...harnessOptions } = options;
  let harness: Harness | null = null;
  beforeAll(async () => {
    harness = await Harness.start(harnessOptions);
    if (pageTimeoutMs !== undefined) harness.page.setDefaultTimeout(pageTimeoutMs);
  });
  afterAll(async () => {
    await harness?.stop();
  });
  return () => {
    if (!harness) throw new Error('The harness is used before it started: call it inside a test.');
    return harness;
  };
}
