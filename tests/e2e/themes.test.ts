// Light and dark: the window follows the OS until the reporter picks a theme in Settings, and
// screenshots of both are written for a person to look at.
import { dirname } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bodyBackgroundLuminance, rootFlag } from './harness/appearance';
import { Harness } from './harness/harness';
import { startWithSampleArticle } from './harness/sample-article';
import { editorUi, ui } from './harness/ui';

let harness: Harness;

beforeAll(async () => {
  harness = await startWithSampleArticle();
  await ui(harness.page).body.getByText('A wall that was never finished').waitFor();
});

afterAll(async () => {
  await harness?.stop();
});

test('the window follows the OS theme, and screenshots of both are written', async () => {
  const page = harness.page;
  await expect.poll(() => rootFlag(page, 'theme')).toBe('light');
  expect(await bodyBackgroundLuminance(page)).toBeGreaterThan(0.6);
  const light = await harness.screenshot('main-screen-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('dark');
  await expect.poll(() => bodyBackgroundLuminance(page)).toBeLessThan(0.2);
  const dark = await harness.screenshot('main-screen-dark');

  console.log(`Theme screenshots in ${dirname(light)}: ${light}, ${dark}`);
});

test('the Theme chosen in Settings overrides the OS and is kept after a reload', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('light');

  await editor.settingsButton.click();
  await editor.theme.selectOption({ label: 'Dark' });
  await ui(page).button('Save settings', editor.settings).click();
  await editor.settings.waitFor({ state: 'hidden' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('dark');

  await harness.reload();
  await ui(page).library.waitFor({ timeout: 15_000 });
  await expect.poll(() => rootFlag(page, 'theme'), { timeout: 15_000 }).toBe('dark');
});
