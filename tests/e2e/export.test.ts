// Export in the app (issue 6): a 1,000-article library exported from File › Export Library… with a
// progress bar that moves and a Cancel that stops it leaving only complete pages, then a full
// export with its index; and Copy as HTML, from the export dialog and from the Edit menu, putting
// HTML and plain text on the clipboard without the internal note or a source's contact notes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newSource } from '../../core/article/source';
import { clearClipboard, clipboardFlavours, exchangeUi, exportedFiles, writeArticles } from './harness/exchange-ui';
import { Harness } from './harness/harness';
import { openArticle, ui } from './harness/ui';

const ARTICLES = 1000;
const MARKER = 'PRIVATE-MARKER-5c1e';
const COPIED_HEADLINE = 'Generated story 0007';

let harness: Harness;

beforeAll(async () => {
  harness = await Harness.start({
    // Article 7 carries a private marker in its internal note and in its source's contact notes.
    prepareLibrary: (library) =>
      writeArticles(library, ARTICLES, (n) =>
        n === 7
          ? {
              internalNote: `For the desk only: ${MARKER}`,
              sources: [newSource('source-0007', 'Amina Rahim', { contactNotes: `Home phone ${MARKER}` })],
            }
          : {},
      ),
  });
  harness.page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await harness?.stop();
});

test('a library export shows its progress, Cancel leaves only complete pages, and a full export writes all 1,000 with an index', async () => {
  const page = harness.page;
  const exchange = exchangeUi(page);
  const folder = harness.folders.exports;
  await ui(page).article('Generated story 1000').waitFor({ timeout: 30_000 });

  await harness.sendMenuCommand('exportLibrary');
  const dialog = exchange.dialog('Export library');
  await exchange.button('Choose folder…', dialog).click();
  await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain(folder);
  await exchange.button('Export', dialog).click();

  // The bar moves: at least two different counts on the way, read as the reporter's screen reader would.
  const seen = new Set<string>();
  const deadline = Date.now() + 30_000;
  while (seen.size < 2 && Date.now() < deadline) {
    const now = await exchange.progress.getAttribute('aria-valuenow', { timeout: 5_000 });
    if (now !== null && now !== '0') seen.add(now);
    await page.waitForTimeout(20);
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
  expect(await exchange.progress.getAttribute('aria-valuemax')).toBe(String(ARTICLES));
  expect(await exchange.progress.getAttribute('aria-valuetext')).toMatch(/^\d[\d,]* of 1,000$/);
  await exchange.button('Cancel', dialog).click();

  const cancelled = dialog.getByRole('status');
  await expect
    .poll(() => cancelled.textContent(), { timeout: 30_000 })
    .toMatch(/^Cancelled: [\d,]+ articles? had been exported/);
  const afterCancel = await exportedFiles(folder);
  expect(afterCancel.others).toEqual([]);
  expect(afterCancel.complete).toBe(true);
  expect(afterCancel.pages).not.toContain('index.html');
  expect(afterCancel.pages.length).toBeGreaterThan(0);
  expect(afterCancel.pages.length).toBeLessThan(ARTICLES);
  expect(await cancelled.textContent()).toContain(`${afterCancel.pages.length.toLocaleString('en')} article`);
  await exchange.button('Close', dialog).click();

  // Again, to the end: the folder is remembered.
  await harness.sendMenuCommand('exportLibrary');
  await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain(folder);
  await exchange.button('Export', dialog).click();
  await expect
    .poll(() => dialog.getByRole('status').textContent(), { timeout: 90_000 })
    .toBe(`Exported 1,000 articles to ${folder}.`);
  const full = await exportedFiles(folder);
  expect(full.others).toEqual([]);
  expect(full.complete).toBe(true);
  expect(full.pages).toContain('index.html');
  expect(full.pages.filter((name) => name !== 'index.html')).toHaveLength(ARTICLES);

  await exchange.button('Show in folder', dialog).click();
  await expect
    .poll(() => harness.hostCalls.filter((call) => call.call === 'showInFolder').map((call) => call.argument))
    .toEqual([`${folder}/index.html`]);
  await exchange.button('Close', dialog).click();
  expect(harness.pageErrors).toEqual([]);
}, 180_000);

test('Copy as HTML puts the body on the clipboard as HTML and plain text, without private notes', async () => {
  const page = harness.page;
  const exchange = exchangeUi(page);
  await openArticle(page, COPIED_HEADLINE);

  // From the article's export dialog, header included.
  await clearClipboard(page, 'nothing copied yet');
  await harness.sendMenuCommand('exportArticle');
  const dialog = exchange.dialog('Export article');
  await dialog.getByLabel('Include the header', { exact: true }).check();
  await exchange.button('Copy as HTML', dialog).click();
  await expect
    .poll(() => dialog.getByRole('status').textContent(), { timeout: 10_000 })
    .toBe('Copied the header and body as HTML.');
  const withHeader = await clipboardFlavours(page);
  expect(withHeader.html).toContain('The council met for the 7th time.');
  expect(withHeader.html).toContain(COPIED_HEADLINE);
  expect(withHeader.html).toMatch(/<p>/);
  expect(withHeader.text).toContain('The council met for the 7th time.');
  expect(withHeader.text).not.toMatch(/<p>/);
  expect(withHeader.html + withHeader.text).not.toContain(MARKER);
  await exchange.button('Close', dialog).click();

  // From Edit › Copy as HTML: the body only, written to the clipboard by main.
  await clearClipboard(page, 'nothing copied yet');
  await harness.sendMenuCommand('copyAsHtml');
  await expect.poll(() => exchange.notice.textContent(), { timeout: 10_000 }).toContain('Copied the body as HTML.');
  const bodyOnly = await clipboardFlavours(page);
  expect(bodyOnly.html).toContain('The council met for the 7th time.');
  expect(bodyOnly.html).not.toContain(COPIED_HEADLINE);
  expect(bodyOnly.text.trim()).toBe('The council met for the 7th time.');
  expect(bodyOnly.html + bodyOnly.text).not.toContain(MARKER);
  expect(harness.pageErrors).toEqual([]);
});
