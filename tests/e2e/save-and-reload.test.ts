// The everyday path: a new article, a headline and a body typed in, saved to disk as JSON, and
// still there after the window reloads.
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { articlesOnDisk } from './harness/library-files';
import { typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

const HEADLINE = 'Council approves harbour budget';
const BODY = 'The council voted seven to two on Tuesday to fund the harbour wall.';

const harness = useHarness();

test('a typed article is saved to disk as an article file and is there after a reload', async () => {
  const page = harness().page;
  const { library } = harness().folders;

  await ui(page).newArticle.click();
  await typeHeadline(page, HEADLINE);
  await typeInBody(page, BODY);

  await expect
    .poll(async () => (await articlesOnDisk(library)).map((entry) => [entry.article.headline, entry.text]), {
      timeout: 15_000,
    })
    .toEqual([[HEADLINE, BODY]]);
  await waitForSaveState(page, 'Saved');
  await expect.poll(() => page.title()).toBe(`${HEADLINE} — Byline`);

  const [saved] = await articlesOnDisk(library);
  const json = JSON.parse(saved!.bytes.toString('utf8')) as Record<string, unknown>;
  expect(json.format).toBe('byline.article');
  expect(json.status).toBe('draft');
  expect(saved!.file.endsWith('.byline.json')).toBe(true);

  await harness().reload();

  const item = ui(page).article(HEADLINE);
  await item.waitFor({ timeout: 15_000 });
  await expect(item.textContent()).resolves.toContain('13 words');
  await item.click();
  await expect.poll(() => ui(page).headline.inputValue(), { timeout: 15_000 }).toBe(HEADLINE);
  await expect.poll(() => ui(page).body.innerText()).toContain(BODY);
  await waitForSaveState(page, 'Saved');

  console.log(`Main screen screenshot: ${await harness().screenshot('main-screen')}`);
});
