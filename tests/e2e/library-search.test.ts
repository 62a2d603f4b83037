// Searching the library as a reporter does: while a query is typed the list orders by "Best match",
// its best hit on top even when that is the oldest article, and it says when more matched than it
// lists; a byline finds its reporter's article. Screenshots at 1200×800 in light and dark.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { newArticle, type Byline } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import { rootFlag } from './harness/appearance';
import { ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

const BEST = 'Harbour wall to be rebuilt after storm';
const NEWEST = 'Council meets on Tuesday';
const FILLERS = 55;

interface Story {
  id: string;
  headline: string;
  body: string;
  savedAt: string;
  bylines?: Byline[];
}

async function writeStory(library: string, { id, headline, body, savedAt, bylines = [] }: Story): Promise<void> {
  const article = newArticle({ id, slug: id, headline, bylines, now: savedAt });
  const content = [{ type: 'paragraph', content: [{ type: 'text', text: body }] }];
  await writeFile(join(library, `${id}.byline.json`), serializeArticle({ ...article, body: { type: 'doc', content } }));
}

const harness = useHarness({
  prepareLibrary: async (library) => {
    // The best match is the oldest file; every other match is newer, so a list by date puts it last.
    await writeStory(library, {
      id: 'harbour-wall',
      headline: BEST,
      body: 'The harbour wall failed in the storm; the harbour board will rebuild it.',
      savedAt: '2024-01-10T09:00:00.000Z',
    });
    await writeStory(library, {
      id: 'council-meets',
      headline: NEWEST,
      body: 'Councillors discussed roads, schools and, briefly, the harbour.',
      savedAt: '2025-06-01T09:00:00.000Z',
      bylines: [{ name: 'Ana Costa', role: 'Staff reporter' }],
    });
    for (let n = 1; n <= FILLERS; n++)
      await writeStory(library, {
        id: `market-report-${n}`,
        headline: `Market report ${n}`,
        body: `Fish prices rose at the market by the harbour on day ${n}, traders said, as boats stayed in port.`,
        savedAt: `2025-05-${String((n % 28) + 1).padStart(2, '0')}T09:00:00.000Z`,
      });
  },
});

const listedHeadlines = () => ui(harness().page).articles.locator('.option-headline').allTextContents();
const sortBy = () => harness().page.getByRole('combobox', { name: 'Sort by' });

test('while a query is typed the list orders by Best match, the best hit on top, and says more matched', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1200, height: 800 });
  await ui(page).article(NEWEST).waitFor({ timeout: 15_000 });
  expect((await listedHeadlines())[0]).toBe(NEWEST);

  await ui(page).search.click();
  await page.keyboard.type('harbour');

  // Until the index is built the list filters headlines; once it is, the hits come best first.
  await expect.poll(async () => (await listedHeadlines()).length, { timeout: 30_000 }).toBe(50);
  expect((await listedHeadlines())[0]).toBe(BEST);
  expect(await sortBy().inputValue()).toBe('relevance');
  expect(await sortBy().locator('option:checked').textContent()).toBe('Best match');
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'matches are listed' }).textContent())
    .toBe(`The 50 best of ${FILLERS + 2} matches are listed. Add a word to narrow the search.`);

  const light = await harness().screenshot('library-search-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('dark');
  const dark = await harness().screenshot('library-search-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  console.log(`Library search screenshots in ${dirname(light)}: ${light}, ${dark}`);

  // Another order is a choice away, and the newest match then leads.
  await sortBy().selectOption({ label: 'Last saved' });
  await expect.poll(async () => (await listedHeadlines())[0]).toBe(NEWEST);
});

test('a reporter’s name finds the article they wrote', async () => {
  const page = harness().page;
  await ui(page).search.fill('');
  await ui(page).search.click();
  await page.keyboard.type('Costa');
  await expect.poll(listedHeadlines, { timeout: 30_000 }).toEqual([NEWEST]);
});
