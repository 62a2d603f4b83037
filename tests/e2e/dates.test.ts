// A reporter sets the house date style, writes a story with one unattributed quotation, is
// refused when stamping it as published, attributes the quotation, stamps it as published and
// then stamps a correction; after a reload the Dates panel prints both lines in the house style
// and the file holds the stamps. The Dates tab and a stamp dialog pass axe.
import { expect, test } from 'vitest';
import type { Article } from '../../core/article/article';
import { dateLines } from '../../core/dates/date-lines';
import { DEFAULT_DATE_LABELS } from '../../core/settings/settings';
import { seriousViolations } from './harness/axe';
import { datesUi, setDateSettings, showTab } from './harness/dates-ui';
import { useHarness } from './harness/use-harness';
import { articlesOnDisk } from './harness/library-files';
import { clickInto, quotesUi } from './harness/quotes-ui';
import { editorUi, openArticle, typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

const HEADLINE = 'NATO allies pledge to stay united after Brussels talks';
const SPEAKER = 'Jens Stoltenberg';
const CORRECTION = 'An earlier version gave the wrong day for the meeting.';
const SETTINGS = {
  yourName: 'Dana Whitfield',
  timeZone: 'America/New_York',
  dateStyle: 'long' as const,
  labels: { published: 'Published on {date}', correction: 'Correction ({date}): {note}' },
  // The reporter publishes alone here; the desk's approval has its own test (review-desk.test.ts).
  requireApproval: false,
};
const HOUSE = {
  dateStyle: SETTINGS.dateStyle,
  timeZone: SETTINGS.timeZone,
  dateLabels: { ...DEFAULT_DATE_LABELS, ...SETTINGS.labels },
};

const harness = useHarness({ pageTimeoutMs: 10_000 });

test('an unattributed quotation refuses publication; attributed, published and corrected, the stamps survive a reload in the house style', async () => {
  const page = harness().page;
  const dates = datesUi(page);
  const editor = editorUi(page);
  await setDateSettings(page, SETTINGS);

  await ui(page).newArticle.click();
  await typeHeadline(page, HEADLINE);
  await showTab(page, 'Details');
  if ((await editor.bylineNames.count()) === 0) await editor.addByline.click();
  await editor.bylineName(1).fill('Amina Rahimi');
  await editor.dateline.fill('BRUSSELS');
  await typeInBody(page, 'Ministers met for two hours on Monday. "We will not be divided," said Jens Stoltenberg.');

  // The check lists the quotation as blocking, once the reporter pauses.
  await showTab(page, 'Checks');
  await expect
    .poll(() => dates.problems.allTextContents())
    .toEqual([expect.stringMatching(/^BlockingThe quotation “We will not be divided,?” has no source\./)]);

  // Stamping is refused with the reason, and nothing changes on disk.
  await showTab(page, 'Dates');
  await dates.stampAction('Stamp as published').click();
  await ui(page).button('Stamp as published', dates.dialog('Stamp as published')).click();
  await expect
    .poll(() => dates.refusal('Stamp as published').textContent())
    .toMatch(/^One problem stops publication: The quotation “We will not be divided/);
  expect(await seriousViolations(page, 'the stamp dialog with a refusal')).toEqual([]);
  await ui(page).button('Cancel', dates.dialog('Stamp as published')).click();
  await waitForSaveState(page, 'Saved');
  expect((await onlyArticle()).publishedAt).toBeNull();

  // Attributed, the check has no blocking problem left (an unverified source is a warning). The
  // calibration allows no one click today: the popup asks "Jens Stoltenberg?" and the reporter says yes.
  await clickInto(page, quotesUi(page).suggestions.first());
  await quotesUi(page).yesTo(SPEAKER).click();
  await showTab(page, 'Checks');
  await expect.poll(() => dates.checksSummary.textContent()).toMatch(/^0 blocking problems, 1 warning/);

  await showTab(page, 'Dates');
  await dates.stampAction('Stamp as published').click();
  await ui(page).button('Stamp as published', dates.dialog('Stamp as published')).click();
  await dates.dialog('Stamp as published').waitFor({ state: 'hidden' });
  await expect.poll(async () => (await onlyArticle()).publishedAt, { timeout: 15_000 }).not.toBeNull();

  await dates.stampAction('Stamp an update').click();
  await dates.field('Stamp an update', 'Kind').selectOption('correction');
  await dates.field('Stamp an update', 'Note').fill(CORRECTION);
  await ui(page).button('Stamp the update', dates.dialog('Stamp an update')).click();
  await dates.dialog('Stamp an update').waitFor({ state: 'hidden' });
  await expect.poll(async () => (await onlyArticle()).updates.length, { timeout: 15_000 }).toBe(1);
  await waitForSaveState(page, 'Saved');

  const stored = await onlyArticle();
  expect(stored.status).toBe('published');
  expect(stored.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
  expect(stored.updatedAt).toBe(stored.updates[0]!.at);
  expect(stored.updates[0]).toMatchObject({ kind: 'correction', note: CORRECTION, by: SETTINGS.yourName });
  expect(stored.publishStamps).toEqual([
    expect.objectContaining({ kind: 'published', by: SETTINGS.yourName, override: null }),
  ]);

  await harness().reload();
  await openArticle(page, HEADLINE);
  await showTab(page, 'Dates');
  const lines = dateLines(stored, HOUSE);
  expect(lines.published!.text).toMatch(/^Published on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  expect(lines.updates[0]!.text).toMatch(
    new RegExp(`^Correction \\([A-Z][a-z]+ \\d{1,2}, \\d{4}\\): ${CORRECTION.replace('.', '\\.')}$`),
  );
  await expect
    .poll(() => dates.dateLines.locator('time').allTextContents())
    .toEqual([lines.published!.text, lines.lastUpdated!.text]);
  expect(await dates.updatesLog.locator('time').allTextContents()).toEqual([lines.updates[0]!.text]);
  expect(await dates.updatesLog.textContent()).toContain(`by ${SETTINGS.yourName}`);
  expect(await seriousViolations(page, 'the Dates tab')).toEqual([]);
});

async function onlyArticle(): Promise<Article> {
  const entries = await articlesOnDisk(harness().folders.library);
  expect(entries).toHaveLength(1);
  return entries[0]!.article;
}
