// The workspace a reporter sees (issue 12, items 1, 2, 3, 7, 13 and 14), at every window size from
// the smallest the app allows to a full HD screen, in both themes: the page never gets wider than
// the window, every section of the side panel can be reached, one status bar sits at the window's
// foot, no bar hides a line of the story, another article opens at its headline, and focus mode
// leaves only the text. Screenshots of each size and theme are written for a person to look at.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newArticle } from '../../core/article/article';
import { ARTICLE_EXTENSION } from '../../core/article/format';
import { serializeArticle } from '../../core/article/serialize';
import { doc, h, p } from '../builders/body';
import { rootFlag } from './harness/appearance';
import { Harness } from './harness/harness';
import { barsOverText, boxOf, horizontalOverflow, layoutUi, scrollArticle } from './harness/layout-ui';
import { SAMPLE_HEADLINE, writeSampleArticle } from './harness/sample-article';
import { editorUi, openArticle, ui } from './harness/ui';

const LONG_HEADLINE = 'Harbour inquiry: what the council knew, year by year';
const SIZES = [
  [640, 600],
  [1024, 700],
  [1200, 800],
  [1400, 900],
  [1920, 1080],
] as const;
const THEMES = ['light', 'dark'] as const;
const SECTIONS = ['Details', 'Sources', 'Quotes', 'Checks', 'Dates'] as const;

/** A story long enough to scroll under the bars at every window size. */
async function writeLongArticle(library: string): Promise<void> {
  const years = Array.from({ length: 14 }, (_, n) => 2008 + n);
  const body = doc(
    ...years.flatMap((year) => [
      h(2, `${year}`),
      p(
        `In ${year} the harbour engineer's report to the council described the older section of the sea wall again, `,
        'in the same careful words as the year before, and the minutes record that members noted it without a vote.',
      ),
      p(
        'Residents of Quay Street wrote to their councillors that winter, asking when the second phase would begin; ',
        'the replies, released under the freedom of information act, promise an answer after the next budget.',
      ),
    ]),
  );
  const article = {
    ...newArticle({
      id: 'harbour-inquiry-01',
      slug: 'harbour-inquiry',
      headline: LONG_HEADLINE,
      now: '2025-03-28T08:00:00.000Z',
    }),
    body,
  };
  await writeFile(join(library, `${article.slug}${ARTICLE_EXTENSION}`), serializeArticle(article));
}

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start({
    prepareLibrary: async (library) => {
      await writeSampleArticle(library);
      await writeLongArticle(library);
    },
  });
  harness.page.setDefaultTimeout(10_000);
  await harness.page.emulateMedia({ colorScheme: 'light' });
  await harness.page.setViewportSize({ width: 1400, height: 900 });
  await openArticle(harness.page, LONG_HEADLINE);
});

afterAll(async () => {
  await harness?.stop();
});

async function useWindow(width: number, height: number, theme: 'light' | 'dark'): Promise<void> {
  const page = harness.page;
  await page.emulateMedia({ colorScheme: theme });
  await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
  await page.setViewportSize({ width, height });
  await page.mouse.move(width / 2, height / 2);
}

describe.each(SIZES)('at %i × %i', (width, height) => {
  test.each(THEMES)('in the %s theme everything fits and no bar hides the story', async (theme) => {
    const page = harness.page;
    const layout = layoutUi(page);
    const editor = editorUi(page);
    await useWindow(width, height, theme);
    await scrollArticle(page, 0);

    expect(await horizontalOverflow(page)).toBe(0);

    // The article's own buttons stay on one row.
    const focus = await boxOf(editor.focusMode);
    const more = await boxOf(layout.moreActions);
    expect(Math.abs(focus.y - more.y)).toBeLessThan(2);
    expect(more.x + more.width).toBeLessThanOrEqual(width);

    // One status bar along the whole foot of the window, with the save state in it.
    const status = await boxOf(layout.statusBar);
    expect(status.y + status.height).toBeCloseTo(height, 0);
    expect(status.x).toBe(0);
    expect(status.width).toBeCloseTo(width, 0);
    await layout.statusBar.getByRole('status', { name: 'Save state' }).waitFor();
    const toolbarBottom = (await boxOf(editor.toolbar)).y;
    expect(toolbarBottom).toBeLessThan(status.y);

    await harness.screenshot(`layout-${width}x${height}-${theme}`);

    // Every section of the side panel can be seen and clicked, and shows inside the window.
    for (const name of SECTIONS) {
      const tab = await boxOf(layout.tab(name));
      expect(tab.x).toBeGreaterThanOrEqual(0);
      expect(tab.x + tab.width).toBeLessThanOrEqual(width);
      expect(tab.y + tab.height).toBeLessThanOrEqual(status.y);
      await layout.tab(name).click();
      const panel = await boxOf(layout.tabPanel(name));
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(width);
      expect(panel.width).toBeGreaterThan(240);
      expect(await horizontalOverflow(page)).toBe(0);
    }
    await harness.screenshot(`layout-${width}x${height}-${theme}-dates`);
    if ((await layout.panels.getAttribute('data-layout')) === 'drawer') {
      // Over the article, the drawer goes with Escape and gives the article its room back.
      await page.keyboard.press('Escape');
      await layout.tabPanel('Dates').waitFor({ state: 'hidden' });
    } else {
      await layout.tab('Details').click();
    }

    // With the story scrolled under the toolbar, no bar lets a line show through or above it.
    expect(await scrollArticle(page, 420)).toBeGreaterThan(0);
    const { problems, barsOverBody } = await barsOverText(page);
    expect(problems).toEqual([]);
    expect(barsOverBody).toBeGreaterThan(0);
    const scroller = await boxOf(layout.scroller);
    expect(Math.abs((await boxOf(editor.toolbar)).y - scroller.y)).toBeLessThan(1);
    await harness.screenshot(`layout-${width}x${height}-${theme}-scrolled`);
    await scrollArticle(page, 0);
  });
});

test('another article opens at its headline, not where the last one was scrolled to', async () => {
  const page = harness.page;
  await useWindow(1200, 800, 'light');
  await openArticle(page, LONG_HEADLINE);
  expect(await scrollArticle(page, 'end')).toBeGreaterThan(500);

  for (const headline of [SAMPLE_HEADLINE, LONG_HEADLINE]) {
    await openArticle(page, headline);
    await expect.poll(() => layoutUi(page).scroller.evaluate((scroller) => scroller.scrollTop)).toBe(0);
    const field = await boxOf(editorUi(page).headline);
    expect(field.y).toBeGreaterThanOrEqual((await boxOf(layoutUi(page).scroller)).y);
    await scrollArticle(page, 'end');
  }
  await scrollArticle(page, 0);
});

test('focus mode leaves only the text: the toolbar, the buttons and the status bar come back at the edges', async () => {
  const page = harness.page;
  const editor = editorUi(page);
  const layout = layoutUi(page);
  await useWindow(1200, 800, 'light');
  await editor.focusMode.click();
  await expect.poll(() => rootFlag(page, 'focus')).toBe('on');

  // The pointer over the text: nothing but the article.
  await page.mouse.move(600, 450);
  // Still in the page (the text does not move when they come back), but not to be seen.
  const faded = [
    page.getByRole('toolbar', { name: 'Formatting', includeHidden: true }),
    page.getByRole('button', { name: 'Focus mode', exact: true, includeHidden: true }),
    page.getByRole('button', { name: 'More actions', exact: true, includeHidden: true }),
    page.getByRole('contentinfo', { name: 'Status bar', exact: true, includeHidden: true }),
  ];
  for (const bar of faded) {
    expect(await bar.count()).toBe(1);
    await expect.poll(() => bar.isVisible()).toBe(false);
  }
  await ui(page).library.waitFor({ state: 'hidden' });
  await layout.tab('Details').waitFor({ state: 'hidden' });
  await ui(page).body.getByText('In 2008 the harbour engineer').waitFor();
  await harness.screenshot('layout-focus-mode');

  // At the window's top edge the toolbar and the buttons come back; typing sends them away.
  await page.mouse.move(600, 10);
  await expect.poll(() => editor.toolbar.isVisible()).toBe(true);
  await expect.poll(() => editor.focusMode.isVisible()).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => editor.toolbar.isVisible()).toBe(false);
  // Where the toolbar is, too.
  const toolbar = await boxOf(faded[0]!);
  await page.mouse.move(toolbar.x + toolbar.width / 2, toolbar.y + toolbar.height / 2);
  await expect.poll(() => editor.toolbar.isVisible()).toBe(true);
  // At its foot, the status bar.
  await page.mouse.move(600, 795);
  await expect.poll(() => layout.statusBar.isVisible()).toBe(true);

  await page.mouse.move(600, 450);
  await page.keyboard.press('Escape');
  await expect.poll(() => rootFlag(page, 'focus')).toBe('off');
  for (const bar of [editor.toolbar, editor.focusMode, layout.statusBar, ui(page).library])
    await expect.poll(() => bar.isVisible()).toBe(true);
});

test('on a narrow window the library is a rail that opens over the article and makes way for the article chosen', async () => {
  const page = harness.page;
  const layout = layoutUi(page);
  await useWindow(640, 600, 'light');
  const desk = await boxOf(layout.scroller);
  await expect.poll(() => ui(page).articles.isVisible()).toBe(false);

  await layout.showLibrary.click();
  await ui(page).article(SAMPLE_HEADLINE).waitFor();
  expect(await boxOf(layout.scroller)).toEqual(desk);
  expect(await horizontalOverflow(page)).toBe(0);
  await harness.screenshot('layout-640x600-light-library');
  await ui(page).article(SAMPLE_HEADLINE).click();
  await expect.poll(() => editorUi(page).headline.inputValue()).toBe(SAMPLE_HEADLINE);
  await expect.poll(() => ui(page).articles.isVisible()).toBe(false);

  // Ctrl/Cmd+\ shows and hides it from the keyboard.
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect.poll(() => ui(page).articles.isVisible()).toBe(true);
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect.poll(() => ui(page).articles.isVisible()).toBe(false);
  await openArticleFromRail(LONG_HEADLINE);
});

async function openArticleFromRail(headline: string): Promise<void> {
  const page = harness.page;
  await layoutUi(page).showLibrary.click();
  await openArticle(page, headline);
}

test('a side panel the reporter hides gives the article its room until the window crosses to another layout', async () => {
  const page = harness.page;
  const layout = layoutUi(page);
  await useWindow(1400, 900, 'light');
  await layout.tab('Details').click();
  const beside = await boxOf(layout.scroller);
  await page.getByRole('button', { name: 'Hide panel', exact: true }).click();
  await layout.tabPanel('Details').waitFor({ state: 'hidden' });
  expect((await boxOf(layout.scroller)).width).toBeGreaterThan(beside.width + 250);
  await harness.screenshot('layout-1400x900-light-panel-hidden');

  await useWindow(1200, 800, 'light');
  expect(await layout.tabPanel('Details').isVisible()).toBe(false);
  await useWindow(1024, 700, 'light');
  expect(await layout.tabPanel('Details').isVisible()).toBe(false);
  await useWindow(1400, 900, 'light');
  await layout.tabPanel('Details').waitFor();
});

test('More actions is a menu: the arrows move through it, Escape gives the keyboard back, Show in folder shows the file', async () => {
  const page = harness.page;
  const layout = layoutUi(page);
  await useWindow(1200, 800, 'light');
  expect(await layout.moreActions.getAttribute('aria-haspopup')).toBe('menu');
  await layout.moreActions.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Duplicate');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Show in folder');
  await harness.screenshot('layout-1200x800-light-more-actions');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move to trash');
  await page.keyboard.press('Escape');
  await layout.menuItem('Duplicate').waitFor({ state: 'hidden' });
  expect(await layout.moreActions.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(await rootFlag(page, 'focus')).toBe('off');

  await layout.moreActions.click();
  await layout.menuItem('Show in folder').click();
  await expect
    .poll(() => harness.hostCalls.filter((call) => call.call === 'showInFolder').map((call) => call.argument))
    .toEqual([expect.stringMatching(/harbour-inquiry\.byline\.json$/)]);
});

test.each(SIZES.filter(([width]) => width === 640 || width === 1400))(
  'at %i × %i every part of the page is in a landmark under one top-level heading',
  async (width, height) => {
    const page = harness.page;
    await useWindow(width, height, 'light');
    await layoutUi(page).tab('Details').click();
    const { violations } = await new AxeBuilder({ page })
      .setLegacyMode()
      .withRules([
        'page-has-heading-one',
        'region',
        'landmark-unique',
        'landmark-one-main',
        'landmark-complementary-is-top-level',
        'heading-order',
      ])
      .analyze();
    expect(
      violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`)),
    ).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(LONG_HEADLINE);
    if ((await layoutUi(page).panels.getAttribute('data-layout')) === 'drawer') await page.keyboard.press('Escape');
  },
);
