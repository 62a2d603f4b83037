// axe-core on every screen a reporter works in, in the light and the dark theme: the main screen,
// each side-panel section, every dialog (Settings, Export article and library, the publish stamp,
// the embargo, the attribution picker, the link popover, a source, Move to trash), the
// More actions menu, find and replace, the preview and focus mode. No violation of any impact, minor
// included, is let through (issue 12).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rootFlag } from './harness/appearance';
import { allViolations } from './harness/axe';
import { datesUi } from './harness/dates-ui';
import { Harness } from './harness/harness';
import { startWithSampleArticle } from './harness/sample-article';
import { editorUi, ui } from './harness/ui';

let harness: Harness;

beforeAll(async () => {
  harness = await startWithSampleArticle();
  await harness.page.setViewportSize({ width: 1200, height: 800 });
});

afterAll(async () => {
  await harness?.stop();
});

const THEMES = ['light', 'dark'] as const;
const SECTIONS = ['Details', 'Sources', 'Quotes', 'Checks', 'Dates', 'Review', 'History'] as const;

async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
}

/** Opens a dialog with `open`, checks the page with it open, closes it with Escape. */
async function withDialogOpen(page: Page, name: string, open: () => Promise<void>, screen: string): Promise<string[]> {
  await open();
  const dialog = page.getByRole('dialog', { name, exact: true });
  await dialog.waitFor();
  const found = await allViolations(page, screen);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return found;
}

test.each(THEMES)('in the %s theme the main screen and each side-panel section have no violations', async (theme) => {
  const page = harness.page;
  await useTheme(page, theme);
  const found = await allViolations(page, `the main screen, ${theme}`);
  for (const section of SECTIONS) {
    await page.getByRole('tab', { name: section, exact: true }).click();
    await page.getByRole('tabpanel').waitFor();
    found.push(...(await allViolations(page, `the ${section} section, ${theme}`)));
  }
  expect(found).toEqual([]);
});

test.each(THEMES)('in the %s theme every dialog and menu has no violations', async (theme) => {
  const page = harness.page;
  await useTheme(page, theme);
  const editor = editorUi(page);
  const found: string[] = [];

  found.push(
    ...(await withDialogOpen(page, 'Settings', () => editor.settingsButton.click(), `the Settings dialog, ${theme}`)),
  );
  found.push(
    ...(await withDialogOpen(
      page,
      'Export article',
      () => harness.sendMenuCommand('exportArticle'),
      `the Export dialog, ${theme}`,
    )),
  );
  await page.getByRole('tab', { name: 'Dates', exact: true }).click();
  found.push(
    ...(await withDialogOpen(
      page,
      'Stamp as published',
      () => datesUi(page).stampAction('Stamp as published').click(),
      `the publish stamp dialog, ${theme}`,
    )),
  );
  found.push(
    ...(await withDialogOpen(
      page,
      'Embargo until',
      () => datesUi(page).stampAction('Embargo until…').click(),
      `the embargo dialog, ${theme}`,
    )),
  );
  found.push(
    ...(await withDialogOpen(
      page,
      'Export library',
      () => harness.sendMenuCommand('exportLibrary'),
      `the library export dialog, ${theme}`,
    )),
  );
  await page.getByRole('tab', { name: 'Quotes', exact: true }).click();
  found.push(
    ...(await withDialogOpen(
      page,
      'Attribute quotation',
      () =>
        page
          // The picker opens from "Someone else…" where a speaker is asked about, else "Attribute to…".
          .getByRole('button', { name: /^(Attribute to…|Someone else…|Change source…) — / })
          .first()
          .click(),
      `the attribution picker, ${theme}`,
    )),
  );
  await ui(page).body.click();
  found.push(
    ...(await withDialogOpen(page, 'Link', () => page.keyboard.press('ControlOrMeta+k'), `the link popover, ${theme}`)),
  );
  await page.getByRole('tab', { name: 'Sources', exact: true }).click();
  found.push(
    ...(await withDialogOpen(
      page,
      'Source',
      () => page.getByRole('button', { name: 'Add source', exact: true }).click(),
      `the source dialog, ${theme}`,
    )),
  );
  const more = page.getByRole('button', { name: 'More actions', exact: true });
  await more.click();
  await page.getByRole('menu').waitFor();
  found.push(...(await allViolations(page, `the More actions menu, ${theme}`)));
  found.push(
    ...(await withDialogOpen(
      page,
      'Move to trash?',
      () => page.getByRole('menuitem', { name: 'Move to trash' }).click(),
      `the trash dialog, ${theme}`,
    )),
  );
  expect(found).toEqual([]);
});

test.each(THEMES)('in the %s theme find and replace, the preview and focus mode have no violations', async (theme) => {
  const page = harness.page;
  await useTheme(page, theme);
  const editor = editorUi(page);
  const found: string[] = [];

  await ui(page).body.click();
  await page.keyboard.press('ControlOrMeta+h');
  await editor.find.waitFor();
  found.push(...(await allViolations(page, `find and replace, ${theme}`)));
  await page.keyboard.press('Escape');
  await editor.find.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('region', { name: 'Preview of the exported page' }).waitFor();
  found.push(...(await allViolations(page, `the preview, ${theme}`)));
  await page.getByRole('button', { name: 'Close preview' }).click();

  await editor.focusMode.click();
  await expect.poll(() => rootFlag(page, 'focus')).toBe('on');
  // The bars fade out over 0.2 s; axe looks once they are gone, not at half-faded text.
  await page.mouse.move(600, 400);
  await expect
    .poll(() => page.locator('.window-status-bar').evaluate((bar) => getComputedStyle(bar).visibility))
    .toBe('hidden');
  found.push(...(await allViolations(page, `focus mode, ${theme}`)));
  await ui(page).body.click();
  await page.keyboard.press('Escape');
  await expect.poll(() => rootFlag(page, 'focus')).not.toBe('on');
  expect(found).toEqual([]);
});
