// Issue 12, item 5: the seed page is imported, its date-only "Last Updated On: February 18, 2021"
// shows as that day (no midnight, no zone) among the page's dates, apart from the record; once the
// reporter has confirmed the quotations' suggested speaker (issue 14: an import settles none by
// itself), the Checks tab warns that the day waits; "Stamp as published — Now" says beforehand that it clears the
// page's day, goes through with no override, and the file holds the stamp and the decision. The
// name typed in one stamp dialog is offered in the next. Screenshots of the Dates tab at
// 1200×800, light and dark.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect, test } from 'vitest';
import { rootFlag } from './harness/appearance';
import { seriousViolations } from './harness/axe';
import { datesUi, workAlone, showTab } from './harness/dates-ui';
import { dropFile } from './harness/exchange-ui';
import { articlesOnDisk } from './harness/library-files';
import { confirmSpeaker, showPanel } from './harness/quotes-ui';
import { SEED_HEADLINE, SEED_SPEAKER } from './harness/seed-article';
import { useHarness } from './harness/use-harness';
import { editorUi, ui, waitForSaveState } from './harness/ui';

const SEED_FILE = new URL('../fixtures/seed/000_6da7febdb4ae2164.txt', import.meta.url);
const PAGE_DAY = 'Last Updated On: Feb. 18, 2021';

const harness = useHarness({ pageTimeoutMs: 15_000 });

test('the imported seed is stamped as published now with no override and no contradiction; its page day shows as a day', async () => {
  const page = harness().page;
  const dates = datesUi(page);
  const editor = editorUi(page);
  await page.setViewportSize({ width: 1200, height: 800 });
  // A one-person newsroom: nobody else approves (the desk's approval has its own test, review-desk.test.ts).
  await workAlone(page);
  await dropFile(harness(), '000_6da7febdb4ae2164.txt', await readFile(SEED_FILE));
  await expect.poll(() => editor.headline.inputValue(), { timeout: 20_000 }).toBe(SEED_HEADLINE);

  // What a story cannot go out without: the seed page gave neither byline nor dateline.
  await showTab(page, 'Details');
  if ((await editor.bylineNames.count()) === 0) await editor.addByline.click();
  await editor.bylineName(1).fill('Amina Rahimi');
  await editor.dateline.fill('BRUSSELS');
  // And who said the five quotations: the import asks "Jens Stoltenberg?" for each, the reporter says yes.
  const quotes = await showPanel(page, 'Quotes');
  await expect.poll(() => quotes.locator('.candidate-question').count(), { timeout: 10_000 }).toBe(5);
  expect(await confirmSpeaker(page, SEED_SPEAKER)).toBe(5);

  // The Checks tab warns that the page's day waits; it does not stop publication.
  await showTab(page, 'Checks');
  await expect
    .poll(() => dates.checks.textContent())
    .toContain(
      "The imported page's dates (last updated Feb. 18, 2021) are not on the article's record: adopt or clear them in the Dates tab.",
    );
  expect(await dates.checksSummary.textContent()).toMatch(/^0 blocking problems/);

  // The Dates tab shows the page's day as the page gave it, apart from the record.
  await showTab(page, 'Dates');
  const fromPage = dates.dates.getByRole('group', { name: 'Dates from the imported page', exact: true });
  expect(await fromPage.textContent()).toBe(PAGE_DAY);
  expect(await fromPage.locator('time').getAttribute('datetime')).toBe('2021-02-18');
  expect(await dates.dates.textContent()).not.toMatch(/midnight/);
  expect(await dates.dates.textContent()).toContain('No updates stamped.');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    const shot = await harness().screenshot(`import-then-publish-dates-${theme}`);
    console.log(`The Dates tab with the page's day, ${theme}: ${shot} (in ${dirname(shot)})`);
    expect(await seriousViolations(page, `the Dates tab with the page's dates, ${theme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Stamp as published — Now: the dialog says what happens to the page's day, and no override is asked.
  await dates.stampAction('Stamp as published').click();
  const publish = dates.dialog('Stamp as published');
  expect(await publish.getByRole('note').textContent()).toMatch(
    /^This stamp clears “Last Updated On: Feb\. 18, 2021” from the imported page, on the record/,
  );
  await dates.field('Stamp as published', 'Your name').fill('Dana Whitfield');
  await page.emulateMedia({ colorScheme: 'dark' });
  await harness().screenshot('import-then-publish-stamp-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await ui(page).button('Stamp as published', publish).click();
  await publish.waitFor({ state: 'hidden' });

  await expect.poll(async () => (await onlyArticle()).status, { timeout: 15_000 }).toBe('published');
  const stored = await onlyArticle();
  expect(stored).toMatchObject({ updatedAt: null, updates: [] });
  expect(stored.publishStamps).toEqual([expect.objectContaining({ by: 'Dana Whitfield', override: null })]);
  expect(stored.pageDates?.updated).toMatchObject({
    date: '2021-02-18',
    settled: { as: 'cleared', by: 'Dana Whitfield' },
  });

  // The Dates tab and the record agree: published now, the page's day cleared and who did it.
  const decisions = dates.dates.getByRole('list', { name: "Decisions on the page's dates", exact: true });
  await expect
    .poll(() => decisions.textContent())
    .toMatch(/^Last updated Feb\. 18, 2021: clearedby Dana Whitfield, at /);
  expect(await dates.dateLines.textContent()).toMatch(/^Published [A-Z][a-z]+\.? \d+, \d{4}, .+ UTC$/);
  const stampRecord = await dates.dates.getByRole('list', { name: 'Publish stamps', exact: true }).textContent();
  expect(stampRecord).toMatch(/^Stamped as published: [A-Z][a-z]+\.? \d+, \d{4}, [^T]+ UTCby Dana Whitfield, at /);
  await harness().screenshot('import-then-publish-dates-after-light');
  await showTab(page, 'Checks');
  await expect.poll(() => dates.checks.textContent()).not.toContain("The imported page's dates");

  // The name typed once is offered in the next stamp dialog.
  await showTab(page, 'Dates');
  await dates.stampAction('Stamp an update').click();
  expect(await dates.field('Stamp an update', 'Your name').inputValue()).toBe('Dana Whitfield');
  await ui(page).button('Cancel', dates.dialog('Stamp an update')).click();
  await waitForSaveState(page, 'Saved');
  expect(harness().pageErrors).toEqual([]);
});

async function onlyArticle() {
  const [entry] = await articlesOnDisk(harness().folders.library);
  return entry!.article;
}
