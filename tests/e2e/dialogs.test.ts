// Dialogs say what they mean (issue 12, item 10): the main action is the accent button, Cancel is
// quiet, Move to trash is red; the Settings dialog keeps Save in view at 1200×800 and finds a time
// zone by its city. Screenshots of the Settings and trash dialogs in light and dark.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { articleFileText } from './harness/library-files';
import { editorUi, openArticle, ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

const HEADLINE = 'Council votes to rebuild the sea wall';

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => {
    const text = articleFileText({ id: 'sea-wall', headline: HEADLINE, paragraphs: ['The council met on Monday.'] });
    await writeFile(join(library, 'sea-wall.byline.json'), text);
  },
});

async function useWindow(page: Page, scheme: 'light' | 'dark') {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
}

/** The colours a button is painted with, and the theme colour it should match. */
async function paint(button: Locator) {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    const probe = document.createElement('span');
    document.body.append(probe);
    const colour = (name: string) => {
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    };
    const result = {
      background: style.backgroundColor,
      color: style.color,
      accent: colour('--accent'),
      problem: colour('--problem'),
    };
    probe.remove();
    return result;
  });
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** True when the element's middle is on screen and nothing covers it. */
const reachable = (button: Locator) =>
  button.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const inside = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(x, y);
    return inside && hit !== null && (hit === element || element.contains(hit));
  });

test('the Settings dialog keeps Save and Cancel in view at 1200×800 and finds Brussels by its city', async () => {
  const page = harness().page;
  const settings = editorUi(page).settings;
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    await editorUi(page).settingsButton.click();
    const save = ui(page).button('Save settings', settings);
    const cancel = ui(page).button('Cancel', settings);
    expect(await reachable(save)).toBe(true);
    expect(await reachable(cancel)).toBe(true);
    expect((await paint(cancel)).background).toBe(TRANSPARENT);
    const saveColours = await paint(save);
    expect(saveColours.background).toBe(saveColours.accent);

    // The last section's fields are reached from the list on the left, and Save is still there.
    await settings
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: 'Export' })
      .click();
    await settings.getByLabel('Base URL', { exact: true }).waitFor();
    expect(await reachable(settings.getByLabel('Base URL', { exact: true }))).toBe(true);
    expect(await reachable(save)).toBe(true);

    await settings.getByRole('button', { name: 'Dates & time' }).click();
    await settings.getByRole('searchbox', { name: 'Search newsroom time zones' }).fill('Brussels');
    const zone = settings.getByRole('listbox', { name: 'Newsroom time zone' });
    const found = zone.getByRole('option', { name: /^Europe\/Brussels \(UTC\+0[12]:00\) — Brussels$/ });
    expect(await found.count()).toBe(1);
    await harness().screenshot(`dialogs-settings-zone-${scheme}`);
    await settings.getByRole('button', { name: 'General' }).click();
    await harness().screenshot(`dialogs-settings-${scheme}`);
    await cancel.click();
    await settings.waitFor({ state: 'hidden' });
  }
});

test('the trash dialog’s Cancel is quiet and Move to trash is red, in both themes', async () => {
  const page = harness().page;
  await openArticle(page, HEADLINE);
  const dialog = ui(page).dialog('Move to trash?');
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    await page.getByRole('button', { name: 'More actions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await dialog.waitFor();
    const cancel = ui(page).button('Cancel', dialog);
    const trash = ui(page).button('Move to trash', dialog);
    expect((await paint(cancel)).background).toBe(TRANSPARENT);
    const colours = await paint(trash);
    expect(colours.background).toBe(colours.problem);
    expect(colours.background).not.toBe(colours.accent);
    // Enter on the button that has the keyboard cancels: nothing is trashed by accident.
    expect(await cancel.evaluate((button) => button === document.activeElement)).toBe(true);
    await harness().screenshot(`dialogs-trash-${scheme}`);
    await cancel.click();
    await dialog.waitFor({ state: 'hidden' });
  }
  await ui(page).article(HEADLINE).waitFor();
});

test('the source dialog’s Cancel is quiet and Save source is the main action', async () => {
  const page = harness().page;
  await useWindow(page, 'light');
  await page.getByRole('tab', { name: 'Sources', exact: true }).click();
  await page.getByRole('button', { name: 'Add source', exact: true }).click();
  const dialog = ui(page).dialog('Source');
  expect((await paint(ui(page).button('Cancel', dialog))).background).toBe(TRANSPARENT);
  const save = await paint(ui(page).button('Save source', dialog));
  expect(save.background).toBe(save.accent);
  expect(await dialog.getByLabel(/^When \(.+\)$/).getAttribute('type')).toBe('datetime-local');
  await ui(page).button('Cancel', dialog).click();
});
