// The UI contract's accessible names, in one place: the tests drive Byline only through these,
// as a reporter (or a screen reader) would.
import type { Locator, Page } from 'playwright-core';

export const ui = (page: Page) => ({
  library: page.getByRole('navigation', { name: 'Library' }),
  search: page.getByLabel('Search articles'),
  newArticle: page.getByRole('button', { name: 'New article' }),
  articles: page.getByRole('listbox', { name: 'Articles' }),
  article: (text: string): Locator => page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: text }),
  headline: page.getByLabel('Headline'),
  body: page.getByRole('textbox', { name: 'Article body' }),
  saveState: page.getByRole('status', { name: 'Save state' }),
  alert: page.getByRole('alert'),
  dialog: (name: string): Locator => page.getByRole('dialog', { name }),
  button: (name: string, within: Locator | Page = page): Locator => within.getByRole('button', { name, exact: true }),
});

/** Waits until the save state reads exactly `text` ("Saved", "Unsaved changes", …). */
export async function waitForSaveState(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const state = ui(page).saveState;
  await state.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const current = ((await state.textContent()) ?? '').trim();
    if (typeof text === 'string' ? current === text : text.test(current)) return;
    if (Date.now() > deadline) throw new Error(`The save state stayed "${current}", expected ${String(text)}.`);
    await page.waitForTimeout(50);
  }
}

/** Types into the body at its end, with real key events. */
export async function typeInBody(page: Page, text: string, delay = 0): Promise<void> {
  const body = ui(page).body;
  await body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay });
}

/** Replaces the headline by typing, with real key events. */
export async function typeHeadline(page: Page, text: string): Promise<void> {
  const headline = ui(page).headline;
  await headline.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
