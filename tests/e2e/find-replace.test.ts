// Find and replace as Word and Google Docs do it: Ctrl/Cmd+H puts the cursor in Find with the
// selected word in it, Replace all says how many it replaced, and every match Find steps to lands
// fully visible, never under the sticky toolbar or the status bar. The toolbar stays one row from
// the narrowest window up, its tools folding into "More formatting" rather than wrapping.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTICLE_EXTENSION } from '../../core/article/format';
import { FIND_MATCH_CURRENT_CLASS } from '../../core/find/find-state';
import { Harness, REPO_ROOT } from './harness/harness';
import { articleFileText } from './harness/library-files';
import { editorUi, openArticle, ui } from './harness/ui';
import { sighting } from './harness/visibility';
import { violationsWithin } from './harness/axe-within';

const HEADLINE = 'Council votes to finish the harbour wall';
const WORD = 'breakwater';
const WITH_WORD = [6, 13, 21, 30, 38];
const paragraph = (n: number) =>
  `Paragraph ${n}: councillors heard from residents of the lower town, who described the night the water came in ` +
  `and asked why the second phase had stalled for four years.` +
  (WITH_WORD.includes(n) ? ` The old ${WORD} was the first thing to go.` : '');

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start({
    prepareLibrary: async (library) => {
      await writeFile(
        join(library, `harbour-wall${ARTICLE_EXTENSION}`),
        articleFileText({
          id: 'harbour-wall',
          headline: HEADLINE,
          paragraphs: Array.from({ length: 45 }, (_, n) => paragraph(n)),
        }),
      );
    },
  });
  const page = harness.page;
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 1200, height: 800 });
  await openArticle(page, HEADLINE);
});

afterAll(async () => {
  await harness?.stop();
});

const currentMatch = (page: Page) => ui(page).body.locator(`.${FIND_MATCH_CURRENT_CLASS}`);
const replaced = (page: Page) => editorUi(page).find.getByRole('status', { name: 'Replaced' });

test('Ctrl+H puts the cursor in Find, filled with the selected word, and Replace all says how many it replaced', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  // A double-click on the word, as a reporter picks a word to look for.
  const word = await ui(page).body.evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('The word is not in the body.');
  }, WORD);
  await page.mouse.dblclick(word.x, word.y);
  // The editor hears of a selection a moment later (selectionchange is asynchronous); a person never
  // presses Ctrl+H within the same frame, so neither does the test.
  await expect.poll(() => page.evaluate(() => String(getSelection()))).toBe(WORD);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.keyboard.press('ControlOrMeta+H');
  await expect.poll(() => editor.findInput.evaluate((input) => input === document.activeElement)).toBe(true);
  expect(await editor.findInput.inputValue()).toBe(WORD);
  await expect.poll(() => editor.matchCount.textContent()).toBe(`1 of ${WITH_WORD.length}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.matchCount.textContent()).toBe(`2 of ${WITH_WORD.length}`);
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => editor.matchCount.textContent()).toBe(`1 of ${WITH_WORD.length}`);

  await editor.replaceWith.fill('sea wall');
  await ui(page).button('Replace all', editor.find).click();
  await expect.poll(() => replaced(page).textContent()).toBe(`${WITH_WORD.length} replaced`);
  await expect.poll(() => editor.matchCount.textContent()).toBe('No matches');
  expect(await ui(page).body.innerText()).not.toContain(WORD);
  await ui(page).button('Replace all', editor.find).click();
  await expect.poll(() => replaced(page).textContent()).toBe('Nothing to replace');

  // One undo brings every replaced word back.
  await page.keyboard.press('Escape');
  await editor.find.waitFor({ state: 'hidden' });
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await ui(page).body.innerText()).split(WORD).length - 1).toBe(WITH_WORD.length);
});

test('a match just under the window’s bottom edge, or under the sticky toolbar, lands fully visible', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  await ui(page).body.getByText('Paragraph 0:').click();
  // Scroll so the first match (the paragraph's last line) sits half under the bottom of what the article shows.
  const halfHidden = await ui(page)
    .body.getByText(`The old ${WORD}`)
    .first()
    .evaluate((paragraph) => {
      const scroller = paragraph.closest<HTMLElement>('[data-article-scroller]')!;
      const bottom = Math.min(scroller.getBoundingClientRect().bottom, window.innerHeight);
      scroller.scrollTop += paragraph.getBoundingClientRect().bottom - bottom - 10;
      const lines = paragraph.getClientRects();
      const last = lines[lines.length - 1]!;
      return last.top < bottom && last.bottom > bottom;
    });
  expect(halfHidden).toBe(true);
  await page.keyboard.press('ControlOrMeta+F');
  await expect.poll(() => editor.findInput.evaluate((input) => input === document.activeElement)).toBe(true);
  await editor.findInput.fill(WORD);
  await expect.poll(() => editor.matchCount.textContent()).toBe(`1 of ${WITH_WORD.length}`);
  await expect.poll(async () => (await sighting(currentMatch(page))).visible).toBe(true);

  // Every match stepped to, down and back up, is fully visible.
  for (const key of ['Enter', 'Enter', 'Enter', 'Enter', 'Shift+Enter', 'Shift+Enter', 'Shift+Enter']) {
    await page.keyboard.press(key);
    await expect.poll(async () => (await sighting(currentMatch(page))).visible).toBe(true);
  }

  // The second match, scrolled up under the sticky toolbar and find bar, then found again.
  await expect.poll(() => editor.matchCount.textContent()).toBe(`2 of ${WITH_WORD.length}`);
  await page.keyboard.press('Shift+Enter');
  // Let the reveal settle (it looks again for a few frames) before scrolling the match away by hand.
  await expect.poll(async () => (await sighting(currentMatch(page))).visible).toBe(true);
  await page.evaluate(async () => {
    for (let frame = 0; frame < 6; frame++) await new Promise((done) => requestAnimationFrame(done));
  });
  await currentMatch(page).evaluate((match) => {
    const scroller = match.closest<HTMLElement>('[data-article-scroller]')!;
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]')!.getBoundingClientRect();
    scroller.scrollTop += match.getBoundingClientRect().top - toolbar.top - 4;
  });
  expect((await sighting(currentMatch(page))).visible).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await sighting(currentMatch(page))).visible).toBe(true);
  await page.keyboard.press('Escape');
});

test('the toolbar is one row at 640, 1200 and 1920 pixels, folding its last tools into More formatting', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  for (const [width, height] of [
    [640, 600],
    [1200, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    const row = await editor.toolbar.evaluate((toolbar) => {
      const shown = [...toolbar.querySelectorAll('button')].filter((button) => button.checkVisibility());
      // Controls of one row share their top, give or take the odd pixel of rounding.
      const tops = new Set(shown.map((button) => Math.round(button.getBoundingClientRect().top / 8)));
      const box = toolbar.getBoundingClientRect();
      return {
        height: box.height,
        right: box.right,
        rows: tops.size,
        overflow: toolbar.scrollWidth - toolbar.clientWidth,
      };
    });
    expect(row, `at ${width}×${height}`).toMatchObject({ rows: 1, overflow: 0 });
    expect(row.height, `at ${width}×${height}`).toBeLessThanOrEqual(44);
    expect(row.right).toBeLessThanOrEqual(width);
  }

  // Wherever it is, Pull quote is a click or two away and acts on the paragraph.
  await page.setViewportSize({ width: 640, height: 600 });
  await ui(page).body.getByText('Paragraph 1:').click();
  const pullQuote = editor.tool('Pull quote');
  if (await pullQuote.isVisible()) await pullQuote.click();
  else {
    await editor.tool('More formatting').click();
    await harness.screenshot('toolbar-more-menu-light-640');
    await page
      .getByRole('menu', { name: 'More formatting' })
      .getByRole('menuitemcheckbox', { name: 'Pull quote' })
      .click();
  }
  await expect.poll(() => ui(page).body.locator('figure blockquote').textContent()).toMatch(/^Paragraph 1:/);
  await page.keyboard.press('ControlOrMeta+Z');
  await page.setViewportSize({ width: 1200, height: 800 });
});

test('screenshots: the toolbar with a tooltip and the style menu, light and dark, at 1200×800; axe finds nothing in the toolbar, its menu or the find bar', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  await page.setViewportSize({ width: 1200, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await ui(page).body.getByText('Paragraph 2:').click();
    await editor.tool('Bold').hover();
    await page.waitForTimeout(700);
    await harness.screenshot(`toolbar-tooltip-${scheme}-1200`);
    await editor.toolbar.screenshot({
      path: join(REPO_ROOT, 'test-output', 'screenshots', `toolbar-only-${scheme}.png`),
    });
    await editor.paragraphStyle.click();
    await page.getByRole('menu', { name: 'Paragraph styles' }).waitFor();
    await harness.screenshot(`toolbar-style-menu-${scheme}-1200`);
    expect(await violationsWithin(page, '[role="toolbar"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+H');
    await editorUi(page).findInput.fill('water');
    expect(await violationsWithin(page, '[role="search"]')).toEqual([]);
    await page.keyboard.press('Escape');
  }
  await page.emulateMedia({ colorScheme: 'light' });
});
