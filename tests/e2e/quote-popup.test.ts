// The "Attribute to…" popup behaves as Google Docs' comment button does: it is there while the
// caret is in a quotation and the body has the focus, and gone when the caret leaves the
// quotation, when the reporter moves to the side panel, when Settings opens, and on Escape; a
// double-clicked word elsewhere offers nothing. Its suggestion says why (the cue the detector went
// on), and is asked as a question while the calibration trusts no band with one click. It follows its line as the article scrolls and after focus mode, and hides rather than
// float over the toolbar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { detectedQuotationsOfBody } from '../../core/checks/detected-quotations';
import { cueReason } from '../../core/quotes/cue-reason';
import { paragraphs } from '../builders/body';
import type { Harness } from './harness/harness';
import { clickInto, quotesUi, showPanel } from './harness/quotes-ui';
import { startWithSampleArticle } from './harness/sample-article';
import { editorUi, ui } from './harness/ui';
import { caretSighting, sighting } from './harness/visibility';
import { violationsWithin } from './harness/axe-within';

const SPEAKER = 'Rosa Almeida';

let harness: Harness;

beforeAll(async () => {
  harness = await startWithSampleArticle();
  await harness.page.setViewportSize({ width: 1200, height: 800 });
  await quotesUi(harness.page).suggestions.first().waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await harness?.stop();
});

const popup = (page: Page) => page.getByRole('group', { name: 'Attribution', exact: true });

/** The caret inside the bakery owner's quotation, as a reporter's click leaves it. */
async function caretInQuotation(page: Page): Promise<void> {
  // Past the double-click interval, so this click is a single click even at the last one's spot.
  await page.waitForTimeout(600);
  await clickInto(page, ui(page).body.getByText('We had twenty minutes', { exact: false }));
  await popup(page).waitFor();
}

/** The popup's box and the caret line's, in window coordinates. */
async function popupAndCaret(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('[aria-label="Attribution"]')?.getBoundingClientRect();
    const range = getSelection()!.getRangeAt(0).cloneRange();
    range.collapse(false);
    const caret = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return {
      popup: box ? { top: box.top, bottom: box.bottom, left: box.left, visible: box.height > 0 } : null,
      caret: { top: caret.top, bottom: caret.bottom, left: caret.left },
      hidden: box
        ? getComputedStyle(document.querySelector('[aria-label="Attribution"]')!).visibility === 'hidden'
        : true,
    };
  });
}

/** What the app's detector makes of the bakery owner's first quotation: the offer it allows and the reason to show. */
async function bakeryReading(page: Page) {
  const text = await ui(page).body.locator('p', { hasText: 'We had twenty minutes' }).textContent();
  const [first] = detectedQuotationsOfBody(paragraphs(text!));
  return {
    offer: first!.offer,
    reason: first!.cue && first!.speaker ? cueReason(first!.cue, first!.speaker) : null,
  };
}

test('shown in a quotation with the focus in the body; gone when the caret leaves it, and for a double-clicked word', async () => {
  const page = harness.page;
  // "said Rosa Almeida" names her, yet no measured band is sure enough for one click: the popup asks
  // "Rosa Almeida?" with the reason under it, and this file's tests answer yes.
  const bakery = await bakeryReading(page);
  expect(bakery.offer).toBe('question');
  await caretInQuotation(page);
  expect(await popup(page).locator('.candidate-question').textContent()).toBe(`${SPEAKER}?`);
  expect(await quotesUi(page).yesTo(SPEAKER).isVisible()).toBe(true);
  expect(await quotesUi(page).attributeTo(SPEAKER).count()).toBe(0);
  expect(await popup(page).locator('.candidate-reason').textContent()).toBe(bakery.reason);
  expect(await popup(page).textContent()).not.toMatch(/%/);
  const { popup: box, caret } = await popupAndCaret(page);
  // Just under the caret's line, starting near the caret.
  expect(box!.top).toBeGreaterThanOrEqual(caret.bottom);
  expect(box!.top - caret.bottom).toBeLessThan(12);
  expect(Math.abs(box!.left - caret.left)).toBeLessThan(40);

  await ui(page).body.getByText('Sea water poured').click();
  await popup(page).waitFor({ state: 'detached' });

  await ui(page).body.getByText('Councillors meet on Monday').dblclick();
  await page.waitForTimeout(200);
  expect(await popup(page).count()).toBe(0);

  // A triple-clicked paragraph that opens and closes with quotation marks is two quotations and a
  // speaker, not one quotation: nothing offered for the selection as a whole.
  await ui(page).body.getByText('We had twenty minutes', { exact: false }).click({ clickCount: 3 });
  await page.waitForTimeout(200);
  expect(await popup(page).count()).toBe(0);
});

test('gone when the reporter moves to the side panel, and back with the caret', async () => {
  const page = harness.page;
  await caretInQuotation(page);
  await page.getByRole('tab', { name: 'Details', exact: true }).click();
  await editorUi(page).tags.click();
  await page.keyboard.type('storm');
  await popup(page).waitFor({ state: 'detached' });
  await caretInQuotation(page);
});

test('gone while Settings is open, and on Escape until the caret leaves the quotation', async () => {
  const page = harness.page;
  await caretInQuotation(page);
  // Ctrl/Cmd+, is the app menu's: the menu sends the command while the body keeps the focus.
  await harness.sendMenuCommand('openSettings');
  await editorUi(page).settings.waitFor();
  expect(await popup(page).count()).toBe(0);
  await page.keyboard.press('Escape');
  await editorUi(page).settings.waitFor({ state: 'detached' });

  await caretInQuotation(page);
  await page.keyboard.press('Escape');
  await popup(page).waitFor({ state: 'detached' });
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  expect(await popup(page).count()).toBe(0);
});

test('follows its line as the article scrolls and after focus mode; hides under the toolbar', async () => {
  const page = harness.page;
  await page.setViewportSize({ width: 1200, height: 500 });
  await caretInQuotation(page);
  const before = await popupAndCaret(page);
  await page.evaluate(() => void (document.querySelector<HTMLElement>('[data-article-scroller]')!.scrollTop += 40));
  await expect
    .poll(async () => {
      const after = await popupAndCaret(page);
      return Math.round(after.popup!.top - after.caret.bottom);
    })
    .toBe(Math.round(before.popup!.top - before.caret.bottom));

  // Scrolled until its line is under the sticky toolbar: the popup hides rather than sit over the bar.
  await page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('[data-article-scroller]')!;
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]')!.getBoundingClientRect();
    const caret = getSelection()!.getRangeAt(0).getClientRects()[0]!;
    // Where the toolbar sticks once the article scrolls under it: the scroller's top edge.
    const stuckBottom = scroller.getBoundingClientRect().top + toolbar.height;
    scroller.scrollTop += caret.bottom - stuckBottom + 4;
  });
  const toolbarBottom = await editorUi(page).toolbar.evaluate((toolbar) => toolbar.getBoundingClientRect().bottom);
  expect((await popupAndCaret(page)).caret.bottom).toBeLessThanOrEqual(toolbarBottom);
  await expect.poll(async () => (await popupAndCaret(page)).hidden).toBe(true);

  await page.setViewportSize({ width: 1200, height: 800 });
  await caretInQuotation(page);
  await page.keyboard.press('ControlOrMeta+.');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.focus)).toBe('on');
  await expect
    .poll(async () => {
      const { popup: box, caret } = await popupAndCaret(page);
      return (
        box !== null && box.top >= caret.bottom && box.top - caret.bottom < 12 && Math.abs(box.left - caret.left) < 40
      );
    })
    .toBe(true);
  await page.keyboard.press('ControlOrMeta+.');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.focus)).toBe('off');
});

test('Jump to quote lands its quotation clear of the bars, even from under the window’s bottom edge', async () => {
  const page = harness.page;
  await page.setViewportSize({ width: 1200, height: 380 });
  // The quotation's first line just under the bottom of what the article shows.
  await quotesUi(page)
    .suggestions.first()
    .evaluate((quotation) => {
      const scroller = quotation.closest<HTMLElement>('[data-article-scroller]')!;
      const bottom = Math.min(scroller.getBoundingClientRect().bottom, window.innerHeight);
      scroller.scrollTop += quotation.getClientRects()[0]!.bottom - bottom - 10;
    });
  expect((await sighting(quotesUi(page).suggestions.first())).visible).toBe(false);
  await showPanel(page, 'Quotes');
  await quotesUi(page).jumpToQuote.first().click();
  await expect.poll(async () => (await caretSighting(page)).visible).toBe(true);
  // The body has the focus and the caret is in the quotation: the popup offers its speaker.
  await popup(page).waitFor();
  await page.setViewportSize({ width: 1200, height: 800 });
});

test('screenshots: the popup at 1200×800, light and dark; axe finds nothing in it', async () => {
  const page = harness.page;
  await page.setViewportSize({ width: 1200, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await ui(page).body.getByText('Sea water poured').click();
    await popup(page).waitFor({ state: 'detached' });
    await caretInQuotation(page);
    await harness.screenshot(`quote-popup-${scheme}-1200`);
    expect(await violationsWithin(page, '.quote-offer')).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('Tab from the body reaches the popup, Enter answers yes, and then it says who said it', async () => {
  const page = harness.page;
  await caretInQuotation(page);
  await page.keyboard.press('Tab');
  await expect
    .poll(() =>
      quotesUi(page)
        .yesTo(SPEAKER)
        .evaluate((button) => button === document.activeElement),
    )
    .toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => quotesUi(page).marked.count()).toBeGreaterThan(0);
  await expect.poll(() => popup(page).textContent()).toContain(`Said by ${SPEAKER}`);
  expect(await popup(page).getByRole('button', { name: 'Change source…', exact: true }).isVisible()).toBe(true);
  await harness.screenshot('quote-popup-attributed-light-1200');
  // Escape from the body puts the popup away and leaves the reporter typing in the quotation.
  await page.keyboard.press('Escape');
  await popup(page).waitFor({ state: 'detached' });
  expect(await ui(page).body.evaluate((body) => body.contains(document.activeElement))).toBe(true);
});
