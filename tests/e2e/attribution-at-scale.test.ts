// Attribution at scale (issue 12, item 8; issue 14): quotations of one speaker offered in one click
// are one row in the Checks tab and one click attributes them all; a speaker the detector is less
// sure of is asked about quotation by quotation and never attributed in bulk; every suggestion says
// why. An unnamed spokesperson becomes a source with no name and the spokesperson's role, from the
// Checks tab and from the body's own offer alike; each quotation in the Quotes tab has its own
// attribute button. What each quotation is offered is read from the app's own detector and
// calibration, never assumed. Screenshots of the popup (one click, a question) and the Checks tab
// at 1200×800 and 900×650 in both themes, and of the Sources tab.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { bodySchema } from '../../core/body/schema';
import { detectedQuotationsOfBody } from '../../core/checks/detected-quotations';
import { speakerOffer } from '../../core/quotes/calibration';
import { cueReason } from '../../core/quotes/cue-reason';
import { paragraphs } from '../builders/body';
import { violationsWithin } from './harness/axe-within';
import { articleFileText, articleOnDisk } from './harness/library-files';
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

// The mayor's story: two quotations where the text names her ("said Ana Ruiz"), and others where
// only a pronoun or the paragraph before points at her.
const MAYOR_HEADLINE = 'Mayor promises the quay first';
const MAYOR_PARAGRAPHS = [
  'Ana Ruiz, the mayor, walked the harbour wall on Friday morning.',
  '“Nobody asked us before the wall was cut,” said Ana Ruiz.',
  '“We will rebuild the quay first,” said Ana Ruiz.',
  '“The money is there,” she said.',
  'She promised the council a plan by the end of the month.',
  '“We start in April and finish before the storms.”',
];

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => {
    const text = articleFileText({ id: 'alliance-line', headline: HEADLINE, paragraphs: PARAGRAPHS });
    await writeFile(join(library, 'alliance-holds.byline.json'), text);
    const mayor = articleFileText({ id: 'mayor-quay', headline: MAYOR_HEADLINE, paragraphs: MAYOR_PARAGRAPHS });
    await writeFile(join(library, 'mayor-quay.byline.json'), mayor);
  },
});

/** What the app's detector makes of each quotation in these paragraphs (the editor's own reading), and what that allows. */
function readings(texts: string[]) {
  const body = paragraphs(...texts);
  const doc = bodySchema().nodeFromJSON(body);
  return detectedQuotationsOfBody(body).map((quotation) => ({
    words: quotation.pieces.map((piece) => doc.textBetween(piece.from, piece.to)).join(' '),
    speaker: quotation.speaker,
    cue: quotation.cue,
    offer: speakerOffer(quotation.speaker, quotation.confidence),
    reason: quotation.cue && quotation.speaker ? cueReason(quotation.cue, quotation.speaker) : null,
  }));
}
const readingOf = (texts: string[], start: string) => {
  const found = readings(texts).find((reading) => reading.words.startsWith(start));
  if (!found) throw new Error(`The detector found no quotation starting “${start}”.`);
  return found;
};

async function showTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  return page.getByRole('region', { name, exact: true });
}

async function useWindow(page: Page, scheme: 'light' | 'dark', width = 1200, height = 800) {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme });
}

async function saved(id = 'alliance-line') {
  const entry = await articleOnDisk(harness().folders.library, id);
  return entry!.article;
}

/** The text of what a control's aria-describedby points at: what a screen reader reads after its name. */
async function descriptionOf(page: Page, name: string): Promise<string> {
  return page.getByRole('button', { name, exact: true }).evaluate((button) =>
    (button.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id !== '')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

test('fifteen quotations of one spokesperson are one Checks row in one click, or fifteen questions, and give them one unnamed source', async () => {
  const page = harness().page;
  const spokesperson = readingOf(PARAGRAPHS, 'We will hold position 1 ');
  // A named role with a speech verb is at least worth asking about.
  expect(spokesperson.offer).not.toBe('none');
  await useWindow(page, 'light');
  await openArticle(page, HEADLINE);
  const checks = await showTab(page, 'Checks');
  const rows = checks.getByRole('list', { name: 'Problems' }).locator(':scope > li');
  if (spokesperson.offer === 'one-click') {
    const grouped = rows.filter({ hasText: '15 quotations have no source' });
    await grouped.waitFor();
    expect(await grouped.locator('.problem-message').textContent()).toBe(
      '15 quotations have no source — suggested: a NATO spokesperson (unnamed source)',
    );
    expect(await grouped.locator('.candidate-reason').textContent()).toBe(spokesperson.reason);
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
  } else {
    // Only a question: each asked on its own row, and nothing answers all fifteen at once.
    const asked = rows.filter({ has: page.locator('.candidate-question', { hasText: 'a NATO spokesperson?' }) });
    await expect.poll(() => asked.count()).toBe(15);
    expect(await checks.getByRole('button', { name: /^Attribute all/ }).count()).toBe(0);
    expect(await asked.first().locator('.candidate-reason').textContent()).toBe(spokesperson.reason);
    await harness().screenshot('attribution-checks-questions-light');
    for (let left = 15; left > 0; left--) {
      await checks
        .getByRole('button', { name: /^Yes, a NATO spokesperson\b/ })
        .first()
        .click();
      await expect.poll(() => asked.count()).toBe(left - 1);
    }
  }
  await expect.poll(() => rows.filter({ hasText: 'We will hold position' }).count()).toBe(0);
  await waitForSaveState(page, 'Saved');
  await expect.poll(async () => storedQuotations((await saved()).body).length, { timeout: 15_000 }).toBe(15);
  const article = await saved();
  expect(article.sources).toEqual([
    expect.objectContaining({ name: '', title: 'a NATO spokesperson', kind: 'person' }),
  ]);
  const source = article.sources[0]!.id;
  expect(
    storedQuotations(article.body).every((quote) => quote.sourceIds.length === 1 && quote.sourceIds[0] === source),
  ).toBe(true);

  const sources = await showTab(page, 'Sources');
  await sources.getByRole('listitem').filter({ hasText: 'a NATO spokesperson' }).getByText('Unnamed source').waitFor();
  expect(await sources.getByRole('button', { name: 'Edit Unnamed source (a NATO spokesperson)' }).isVisible()).toBe(
    true,
  );
});

test('the body’s offer makes an unnamed source, never a source named "a police officer"', async () => {
  const page = harness().page;
  const officer = readingOf(PARAGRAPHS, 'Stay calm');
  expect(officer.offer).not.toBe('none');
  await clickInto(page, quotesUi(page).suggestions.filter({ hasText: 'Stay calm and stay inside' }));
  const answer =
    officer.offer === 'one-click' ? 'Attribute to an unnamed source: a police officer' : 'Yes, a police officer';
  await page.getByRole('button', { name: answer, exact: true }).click();
  await expect
    .poll(async () => (await saved()).sources.map((source) => [source.name, source.title]), { timeout: 15_000 })
    .toContainEqual(['', 'a police officer']);
  expect((await saved()).sources.some((source) => source.name === 'a police officer')).toBe(false);
});

test('the Quotes tab attributes a quotation through the same picker as the body', async () => {
  const page = harness().page;
  const mayor = readingOf(PARAGRAPHS, 'Nobody asked us');
  const other = new RegExp(
    `^${mayor.offer === 'question' ? 'Someone else…' : 'Attribute to…'}\\s*— “Nobody asked us,”$`,
  );
  const panel = await showTab(page, 'Quotes');
  await panel.getByRole('button', { name: other }).scrollIntoViewIfNeeded();
  await harness().screenshot('attribution-quotes-light');
  await panel.getByRole('button', { name: other }).click();
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

test('“said Ana Ruiz” is one click with its reason; a pronoun or the paragraph before is a question, left alone by “Attribute all”', async () => {
  const page = harness().page;
  const all = readings(MAYOR_PARAGRAPHS);
  const named = all.filter((reading) => reading.cue?.kind === 'name');
  // Only a pronoun or the paragraph before points at her, and the calibration does not allow one click for it.
  const weak = all.filter(
    (reading) =>
      (reading.cue?.kind === 'pronoun' || reading.cue?.kind === 'previous-paragraph') && reading.offer === 'question',
  );
  expect(named.map((reading) => [reading.speaker, reading.offer])).toEqual([
    ['Ana Ruiz', 'one-click'],
    ['Ana Ruiz', 'one-click'],
  ]);
  expect(weak.length).toBeGreaterThan(0);
  const [strong] = named;
  const [asked] = weak;
  const popup = page.getByRole('group', { name: 'Attribution', exact: true });
  const suggestion = (words: string) => quotesUi(page).suggestions.filter({ hasText: words.slice(0, 20) });

  await useWindow(page, 'light');
  await openArticle(page, MAYOR_HEADLINE);
  await suggestion(strong!.words).first().waitFor();
  for (const [width, height] of [
    [1200, 800],
    [900, 650],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await useWindow(page, scheme, width, height);
      await clickInto(page, suggestion(strong!.words));
      // The popup may still be the last quotation's for a moment: wait for this one's offer.
      await popup.getByRole('button', { name: 'Attribute to Ana Ruiz', exact: true }).waitFor();
      expect(await descriptionOf(page, 'Attribute to Ana Ruiz')).toBe(strong!.reason);
      expect(await popup.textContent()).not.toMatch(/%/);
      await harness().screenshot(`attribution-popup-one-click-${scheme}-${width}`);
      expect(await violationsWithin(page, '.quote-offer')).toEqual([]);

      await page.waitForTimeout(600);
      await clickInto(page, suggestion(asked!.words));
      await expect.poll(() => popup.locator('.candidate-question').textContent()).toBe('Ana Ruiz?');
      expect(await popup.getByRole('button', { name: 'Attribute to Ana Ruiz', exact: true }).count()).toBe(0);
      expect(await descriptionOf(page, 'Yes, Ana Ruiz')).toBe(`Ana Ruiz? ${asked!.reason}`);
      expect(await popup.getByRole('button', { name: 'Someone else…', exact: true }).isVisible()).toBe(true);
      await harness().screenshot(`attribution-popup-question-${scheme}-${width}`);
      expect(await violationsWithin(page, '.quote-offer')).toEqual([]);
      await page.waitForTimeout(600);
    }
  }

  const checks = await showTab(page, 'Checks');
  const rows = checks.getByRole('list', { name: 'Problems' }).locator(':scope > li');
  const questions = rows.filter({ hasText: 'Ana Ruiz?' });
  await expect.poll(() => questions.count()).toBe(weak.length);
  expect(await rows.filter({ hasText: '2 quotations have no source — suggested: Ana Ruiz' }).count()).toBe(1);
  for (const [width, height] of [
    [1200, 800],
    [900, 650],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await useWindow(page, scheme, width, height);
      await showTab(page, 'Checks');
      await harness().screenshot(`attribution-checks-offers-${scheme}-${width}`);
      expect(await violationsWithin(page, '.checks-panel')).toEqual([]);
    }
  }
  // The Quotes tab says the same: one click where the text names her, a question where it does not.
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    const quotesTab = await showTab(page, 'Quotes');
    await expect.poll(() => quotesTab.locator('.candidate-question').count()).toBe(weak.length);
    expect(await quotesTab.getByRole('button', { name: /^Attribute to Ana Ruiz/ }).count()).toBe(named.length);
    await harness().screenshot(`attribution-quotes-offers-${scheme}-1200`);
    expect(await violationsWithin(page, '.quotes-panel')).toEqual([]);
  }
  await useWindow(page, 'light');
  await showTab(page, 'Checks');

  await checks.getByRole('button', { name: 'Attribute all 2 to Ana Ruiz', exact: true }).click();
  await expect.poll(() => rows.filter({ hasText: '2 quotations have no source' }).count()).toBe(0);
  // The questions are still asked: the bulk action did not answer them.
  expect(await questions.count()).toBe(weak.length);
  await waitForSaveState(page, 'Saved');
  await expect
    .poll(async () => storedQuotations((await saved('mayor-quay')).body).length, { timeout: 15_000 })
    .toBe(named.length);
  const article = await saved('mayor-quay');
  const ana = article.sources.find((source) => source.name === 'Ana Ruiz')!;
  const stored = storedQuotations(article.body);
  expect(stored.map((quote) => quote.pieces.join(' '))).toEqual(named.map((reading) => reading.words));
  expect(stored.every((quote) => quote.sourceIds.length === 1 && quote.sourceIds[0] === ana.id)).toBe(true);
  for (const reading of weak) expect(stored.some((quote) => quote.pieces.join(' ') === reading.words)).toBe(false);
});
