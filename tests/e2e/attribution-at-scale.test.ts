// Attribution at scale (issue 12, item 8): fifteen quotations of one unnamed spokesperson are one
// row in the Checks tab and one click attributes them all to a source with no name and the
// spokesperson's role; the body's own offer makes an unnamed source too; each quotation in the
// Quotes tab has its own attribute button. Screenshots of the Checks and Sources tabs at 1200×800.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { articleFileText, articlesOnDisk } from './harness/library-files';
import { storedQuotations } from './harness/quote-marks';
import { clickInto, quotesUi } from './harness/quotes-ui';
import { openArticle, waitForSaveState } from './harness/ui';
import { useHarness } from './harness/use-harness';

const HEADLINE = 'Alliance says it will hold the line';
const SPOKESPERSON_LINES = Array.from(
  { length: 15 },
  (_, n) => `“We will hold position ${n + 1} through the winter,” a NATO spokesperson said.`,
);
const PARAGRAPHS = [
  'The alliance met in Brussels on Monday.',
  ...SPOKESPERSON_LINES,
  '“Nobody asked us,” said Ana Ruiz, the mayor.',
  '“Stay calm and stay inside,” said a police officer.',
];

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => {
    const text = articleFileText({ id: 'alliance-line', headline: HEADLINE, paragraphs: PARAGRAPHS });
    await writeFile(join(library, 'alliance-holds.byline.json'), text);
  },
});

async function showTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  return page.getByRole('region', { name, exact: true });
}

async function useWindow(page: Page, scheme: 'light' | 'dark') {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
}

async function saved() {
  const [entry] = await articlesOnDisk(harness().folders.library);
  return entry!.article;
}

test('fifteen quotations of one spokesperson are one Checks row, and "Attribute all 15" gives them one unnamed source', async () => {
  const page = harness().page;
  await useWindow(page, 'light');
  await openArticle(page, HEADLINE);
  const checks = await showTab(page, 'Checks');
  const rows = checks.getByRole('list', { name: 'Problems' }).locator(':scope > li');
  const grouped = rows.filter({ hasText: '15 quotations have no source' });
  await grouped.waitFor();
  expect(await grouped.locator('.problem-message').textContent()).toBe(
    '15 quotations have no source — suggested: a NATO spokesperson (unnamed source)',
  );
  // One row for the fifteen, one for the mayor, one for the police officer; nothing else is about quotations.
  expect(await rows.filter({ hasText: /quotation/ }).count()).toBe(3);
  await checks.getByRole('button', { name: 'Show the 15 quotations' }).click();
  expect(
    await checks
      .getByRole('list', { name: /^Quotations suggested/ })
      .getByRole('listitem')
      .count(),
  ).toBe(15);
  await harness().screenshot('attribution-checks-grouped-light');
  await useWindow(page, 'dark');
  await harness().screenshot('attribution-checks-grouped-dark');
  await useWindow(page, 'light');

  await checks.getByRole('button', { name: 'Attribute all 15 to an unnamed source: a NATO spokesperson' }).click();
  await expect.poll(() => rows.filter({ hasText: '15 quotations' }).count()).toBe(0);
  await waitForSaveState(page, 'Saved');
  await expect.poll(async () => storedQuotations((await saved()).body).length, { timeout: 15_000 }).toBe(15);
  const article = await saved();
  expect(article.sources).toEqual([
    expect.objectContaining({ name: '', title: 'a NATO spokesperson', kind: 'person' }),
  ]);
  const spokesperson = article.sources[0]!.id;
  expect(
    storedQuotations(article.body).every(
      (quote) => quote.sourceIds.length === 1 && quote.sourceIds[0] === spokesperson,
    ),
  ).toBe(true);

  const sources = await showTab(page, 'Sources');
  await sources.getByRole('listitem').filter({ hasText: 'a NATO spokesperson' }).getByText('Unnamed source').waitFor();
  expect(await sources.getByRole('button', { name: 'Edit Unnamed source (a NATO spokesperson)' }).isVisible()).toBe(
    true,
  );
});

test('the body’s one-click offer makes an unnamed source, never a source named "a police officer"', async () => {
  const page = harness().page;
  const quotes = quotesUi(page);
  const officer = quotes.suggestions.filter({ hasText: 'Stay calm and stay inside' });
  await clickInto(page, officer);
  await page.getByRole('button', { name: /^Attribute to (an unnamed source: )?a police officer$/ }).click();
  await expect
    .poll(async () => (await saved()).sources.map((source) => [source.name, source.title]), { timeout: 15_000 })
    .toContainEqual(['', 'a police officer']);
  expect((await saved()).sources.some((source) => source.name === 'a police officer')).toBe(false);
});

test('the Quotes tab attributes a quotation through the same picker as the body', async () => {
  const page = harness().page;
  const panel = await showTab(page, 'Quotes');
  await panel.getByRole('button', { name: /^Attribute to… — “Nobody asked us,”$/ }).scrollIntoViewIfNeeded();
  await harness().screenshot('attribution-quotes-light');
  await panel.getByRole('button', { name: /^Attribute to… — “Nobody asked us,”$/ }).click();
  const picker = page.getByRole('dialog', { name: 'Attribute quotation' });
  await picker.getByRole('combobox', { name: 'Source' }).fill('Ana Ruiz');
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'hidden' });
  await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/, 0 unattributed$/);
  await expect
    .poll(async () => (await saved()).sources.map((source) => source.name), { timeout: 15_000 })
    .toContain('Ana Ruiz');

  await useWindow(page, 'light');
  await showTab(page, 'Sources');
  await harness().screenshot('attribution-sources-light');
  await useWindow(page, 'dark');
  await harness().screenshot('attribution-sources-dark');
});
