// Issue 12, item 12: what the reporter sees is what readers get. The article header's Preview shows
// the exported page of a published, corrected story (the export's own HTML and stylesheet) in place
// of the editor, in an iframe with sandbox="" from srcdoc, under the app's own Content Security Policy: it renders with its styles, keeps to its own origin, has a serif
// headline like the editor's, and shows the correction under the date lines, linking to the log
// at the foot. Screenshots at 1200×800, light and dark.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { serializeArticle } from '../../core/article/serialize';
import { doc, p } from '../builders/body';
import { fullStory } from '../builders/article';
import { rootFlag } from './harness/appearance';
import { useHarness } from './harness/use-harness';
import { editorUi, openArticle } from './harness/ui';

const STORY = fullStory(
  doc(
    p('NATO Secretary General Jens Stoltenberg said on Wednesday night that allies are working closely together.'),
    p('“We will only leave when the time is right,” Stoltenberg said.'),
  ),
);

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => {
    await writeFile(join(library, `${STORY.slug}.byline.json`), serializeArticle(STORY));
  },
});

test('the exported page shows in a sandboxed frame inside the app: styled, scriptless, serif headline, correction up top', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1200, height: 800 });
  await openArticle(page, STORY.headline);

  const editorFont = await editorUi(page).headline.evaluate((node) => getComputedStyle(node).fontFamily);
  // The article header's Preview shows the exported page in place of the editor.
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('region', { name: 'Preview of the exported page' }).waitFor();
  expect(await editorUi(page).headline.isVisible()).toBe(false);
  const frame = page.frameLocator('iframe[title="Exported page"]');
  await frame.locator('h1').waitFor();

  const read = await frame.locator('article').evaluate((article) => {
    const style = (selector: string) => getComputedStyle(article.querySelector(selector)!);
    const order = [...article.querySelectorAll('header > p, article > p')].map((node) => node.className || 'body');
    return {
      headlineFont: style('h1').fontFamily,
      headlineWeight: style('h1').fontWeight,
      bodyFont: style('article > p').fontFamily,
      // The stylesheet applied: the export's measure, not the browser's full width.
      measure: getComputedStyle(article).maxWidth,
      order,
      link: article.querySelector('.correction-notice a')?.getAttribute('href'),
      target: article.querySelector('#updates')?.localName,
    };
  });
  expect(read.headlineFont).toMatch(/^Charter, .*serif$/);
  expect(read.headlineWeight).toBe('700');
  expect(read.bodyFont).toBe(read.headlineFont);
  expect(read.measure).toBe('640px');
  expect(read.order).toEqual([
    'kicker',
    'deck',
    'byline',
    'byline',
    'dateline',
    'published',
    'last-updated',
    'correction-notice',
    'body',
    'body',
  ]);
  expect(read.link).toBe('#updates');
  expect(read.target).toBe('footer');
  expect(await frame.locator('.correction-notice').textContent()).toBe(
    'Correction, Feb. 19, 2021, 3 p.m. UTC: An earlier version gave the wrong date for the talks. See the corrections log',
  );
  // The editor's headline (read before the preview took its place) is the same serif, so the two agree.
  expect(editorFont.split(',')[0]).toBe(read.headlineFont.split(',')[0]);
  // The frame's document is the page's own: the app cannot reach into it, nor it into the app.
  expect(
    await page.locator('iframe[title="Exported page"]').evaluate((node) => (node as HTMLIFrameElement).contentDocument),
  ).toBeNull();

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    const background = await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 22, 22)');
    const shot = await harness().screenshot(`preview-exported-page-${theme}`);
    console.log(`The exported page beside the editor, ${theme}: ${shot} (in ${dirname(shot)})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Close preview brings the editor back, where it was.
  await page.getByRole('button', { name: 'Close preview' }).click();
  await editorUi(page).headline.waitFor();
  expect(await page.locator('iframe[title="Exported page"]').count()).toBe(0);
  expect(harness().pageErrors).toEqual([]);
});
