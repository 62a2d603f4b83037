// axe-core on the screens a reporter works in — light and dark, with the Settings dialog open,
// and in focus mode: no serious or critical violation anywhere.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rootFlag } from './harness/appearance';
import { seriousViolations } from './harness/axe';
import { Harness } from './harness/harness';
import { startWithSampleArticle } from './harness/sample-article';
import { editorUi, ui } from './harness/ui';

let harness: Harness;

beforeAll(async () => {
  harness = await startWithSampleArticle();
});

afterAll(async () => {
  await harness?.stop();
});

test('the main screen in the light theme has no serious or critical violations', async () => {
  const page = harness.page;
  await expect.poll(() => rootFlag(page, 'theme')).toBe('light');
  expect(await seriousViolations(page, 'the main screen, light')).toEqual([]);
});

test('the main screen in the dark theme has no serious or critical violations', async () => {
  const page = harness.page;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('dark');
  expect(await seriousViolations(page, 'the main screen, dark')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('light');
});

test('the Settings dialog has no serious or critical violations', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  await editor.settingsButton.click();
  await editor.settings.waitFor();
  expect(await seriousViolations(page, 'the Settings dialog')).toEqual([]);
  await ui(page).button('Cancel', editor.settings).click();
  await editor.settings.waitFor({ state: 'hidden' });
});

test('focus mode hides the sidebar and details and has no serious or critical violations', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  await editor.focusMode.click();
  await expect.poll(() => rootFlag(page, 'focus')).toBe('on');
  await expect.poll(() => editor.focusMode.getAttribute('aria-pressed')).toBe('true');
  await ui(page).library.waitFor({ state: 'hidden' });
  await editor.details.waitFor({ state: 'hidden' });
  expect(await seriousViolations(page, 'focus mode')).toEqual([]);

  // Escape typed in the body, where the reporter is writing, leaves focus mode.
  await ui(page).body.click();
  await page.keyboard.press('Escape');
  await expect.poll(() => rootFlag(page, 'focus')).not.toBe('on');
  await ui(page).library.waitFor();
});
