// Import in the app (issue 6; issue 14): the seed page's text dropped on the window opens as an
// article with its headline and its five quotations, each asking "Jens Stoltenberg?" (the measured
// calibration lets an import settle no speaker by itself), and five yeses in the Quotes tab attribute
// them all to him; File › Import… takes a saved page; a file Byline cannot import gets a clear
// message and creates nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dropFile, exchangeUi } from './harness/exchange-ui';
import { useHarness } from './harness/use-harness';
import { articlesOnDisk } from './harness/library-files';
import { storedQuotations } from './harness/quote-marks';
import { confirmSpeaker, showPanel } from './harness/quotes-ui';
import { SEED_HEADLINE, SEED_SPEAKER } from './harness/seed-article';
import { editorUi, ui } from './harness/ui';

const SEED_FILE = new URL('../fixtures/seed/000_6da7febdb4ae2164.txt', import.meta.url);

const harness = useHarness({ pageTimeoutMs: 15_000 });

test('the seed text dropped on the window opens with its five quotations asking “Jens Stoltenberg?”, and five yeses attribute them to him', async () => {
  const page = harness().page;
  await dropFile(harness(), '000_6da7febdb4ae2164.txt', await readFile(SEED_FILE));

  await expect.poll(() => editorUi(page).headline.inputValue(), { timeout: 20_000 }).toBe(SEED_HEADLINE);
  await ui(page).article(SEED_HEADLINE).waitFor();
  // The import settled no speaker itself: nothing marked, no source, and the note says what waits.
  const imported = await articlesOnDisk(harness().folders.library);
  expect(imported.map((entry) => entry.article.headline)).toEqual([SEED_HEADLINE]);
  expect(imported[0]!.article.sources).toEqual([]);
  expect(storedQuotations(imported[0]!.article.body)).toEqual([]);
  expect(imported[0]!.article.internalNote).toContain(
    '5 quotations have suggested speakers to confirm in the Quotes tab.',
  );
  const quotes = await showPanel(page, 'Quotes');
  await expect.poll(() => quotes.textContent(), { timeout: 10_000 }).toMatch(/5 quotations, 0 sources, 5 unattributed/);
  expect(await quotes.locator('.candidate-question').allTextContents()).toEqual(
    Array.from({ length: 5 }, () => `${SEED_SPEAKER}?`),
  );

  expect(await confirmSpeaker(page, SEED_SPEAKER)).toBe(5);
  await expect.poll(() => quotes.textContent()).toMatch(/5 quotations, 1 source, 0 unattributed/);
  expect(await quotes.textContent()).toContain(`${SEED_SPEAKER}: 5`);
  await expect
    .poll(async () => storedQuotations((await articlesOnDisk(harness().folders.library))[0]!.article.body).length, {
      timeout: 15_000,
    })
    .toBe(5);
  const onDisk = await articlesOnDisk(harness().folders.library);
  expect(onDisk[0]!.article.sources.map((source) => source.name)).toEqual([SEED_SPEAKER]);
  const him = onDisk[0]!.article.sources[0]!.id;
  expect(storedQuotations(onDisk[0]!.article.body).map((quote) => quote.sourceIds)).toEqual(
    Array.from({ length: 5 }, () => [him]),
  );
  expect(harness().pageErrors).toEqual([]);
});

test('a file Byline cannot import is refused with a clear message and nothing is created', async () => {
  const page = harness().page;
  const notice = exchangeUi(page).notice;
  const before = (await articlesOnDisk(harness().folders.library)).length;

  await dropFile(harness(), 'budget.pdf', Buffer.from('%PDF-1.7 not a story'), 'application/pdf');
  await expect
    .poll(() => notice.textContent())
    .toContain('“budget.pdf” cannot be imported: Byline imports .txt, .html, .htm and .docx files.');
  expect(await notice.getAttribute('role')).toBe('alert');

  await dropFile(harness(), 'notes.txt', Buffer.from([0x00, 0x01, 0xff, 0x00, 0x42]));
  await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('"notes.txt" cannot be imported');
  expect((await articlesOnDisk(harness().folders.library)).length).toBe(before);
  expect(harness().pageErrors).toEqual([]);
});

test('File › Import… imports the page chosen in the open dialog and opens it', async () => {
  const page = harness().page;
  const saved = join(harness().folders.root, 'harbour.html');
  await writeFile(
    saved,
    '<!doctype html><html lang="en"><head><title>Harbour wall</title></head><body><article><h1>Harbour wall to be rebuilt before winter</h1>' +
      '<p>The council voted on Monday to rebuild the old harbour wall before the winter storms.</p><p>Work starts in May.</p></article></body></html>',
  );
  harness().answerImportDialog(saved);
  await harness().sendMenuCommand('importArticle');
  // The first HTML import loads jsdom and Readability in the services: give it time.
  await expect
    .poll(() => editorUi(page).headline.inputValue(), { timeout: 20_000 })
    .toBe('Harbour wall to be rebuilt before winter');
  expect(await exchangeUi(page).notice.textContent()).toContain('Imported “Harbour wall to be rebuilt before winter”.');
  await expect
    .poll(async () => (await articlesOnDisk(harness().folders.library)).map((entry) => entry.article.headline).sort())
    .toEqual(['Harbour wall to be rebuilt before winter', SEED_HEADLINE].sort());
  // The notice goes by itself once read, as a snackbar does, and leaves the status bar clear.
  await page.mouse.move(0, 0);
  await exchangeUi(page).notice.waitFor({ state: 'hidden', timeout: 15_000 });
});
