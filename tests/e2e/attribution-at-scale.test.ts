// Attribution at scale (issue 12, item 8; issue 14). The measured calibration trusts no confidence
// band with one click today, so every speaker the real detector suggests is asked about, quotation
// by quotation, with its reason, and never attributed in bulk: "Attribute all N" is for one-click
// suggestions only (the unit tests stage those: tests/renderer/checks/ChecksPanel.test.tsx). An
// unnamed spokesperson becomes a source with no name and the spokesperson's role, from the Checks
// tab and from the body's own offer alike; each quotation in the Quotes tab has its own buttons.
// What each quotation is offered is read from the app's own detector (the offer its quotation
// carries) and checked, not assumed. Screenshots of the popup and the Checks and Quotes tabs at
// 1200×800 and 900×650 in both themes, and of the Sources tab.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { bodySchema } from '../../core/body/schema';
import { detectedQuotationsOfBody } from '../../core/checks/detected-quotations';
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
// only a pronoun or the paragraph before points at her: each of them a question today.
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
    offer: quotation.offer,
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

test('fifteen quotations of one spokesperson are fifteen questions, never one “Attribute all”, and give them one unnamed source', async () => {
  const page = harness().page;
  const spokesperson = readingOf(PARAGRAPHS, 'We will hold position 1 ');
  // A named role with a speech verb is worth asking about, and no more than asking today.
  expect(spokesperson.offer).toBe('question');
  await useWindow(page, 'light');
  await openArticle(page, HEADLINE);
  const checks = await showTab(page, 'Checks');
  const rows = checks.getByRole('list', { name: 'Problems' }).locator(':scope > li');
  // Each asked on its own row, and nothing answers all fifteen at once.
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

test('a yes to the body’s question makes an unnamed source, never a source named "a police officer"', async () => {
  const page = harness().page;
  const officer = readingOf(PARAGRAPHS, 'Stay calm');
  expect(officer.offer).toBe('question');
  await clickInto(page, quotesUi(page).suggestions.filter({ hasText: 'Stay calm and stay inside' }));
  await quotesUi(page).yesTo('a police officer').click();
  await expect
    .poll(async () => (await saved()).sources.map((source) => [source.name, source.title]), { timeout: 15_000 })
    .toContainEqual(['', 'a police officer']);
  expect((await saved()).sources.some((source) => source.name === 'a police officer')).toBe(false);
});

test('the Quotes tab’s “Someone else…” attributes a quotation through the same picker as the body', async () => {
  const page = harness().page;
  const mayor = readingOf(PARAGRAPHS, 'Nobody asked us');
  expect(mayor.offer).toBe('question');
  const other = /^Someone else…\s*— “Nobody asked us,”$/;
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

test('every speaker the detector suggests is a question with its reason, “Attribute all” answers none, and a yes marks only its own quotation', async () => {
  const page = harness().page;
  const suggested = readings(MAYOR_PARAGRAPHS).filter((reading) => reading.speaker !== null);
  // Where the text names her ("said Ana Ruiz") and where only a pronoun or the paragraph before points at her.
  const named = suggested.filter((reading) => reading.cue?.kind === 'name');
  const inferred = suggested.filter(
    (reading) => reading.cue?.kind === 'pronoun' || reading.cue?.kind === 'previous-paragraph',
  );
  expect(named.map((reading) => reading.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  expect(inferred.length).toBeGreaterThan(0);
  // The calibration trusts no band with one click: the named ones are asked about like the rest.
  expect(suggested.map((reading) => reading.offer)).toEqual(suggested.map(() => 'question'));
  const popup = page.getByRole('group', { name: 'Attribution', exact: true });
  const suggestion = (words: string) => quotesUi(page).suggestions.filter({ hasText: words.slice(0, 20) });

  await useWindow(page, 'light');
  await openArticle(page, MAYOR_HEADLINE);
  await suggestion(named[0]!.words).first().waitFor();
  for (const [width, height] of [
    [1200, 800],
    [900, 650],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await useWindow(page, scheme, width, height);
      for (const [which, reading] of [
        ['named', named[0]!],
        ['pronoun', inferred[0]!],
      ] as const) {
        await page.waitForTimeout(600);
        await clickInto(page, suggestion(reading.words));
        // The popup may still be the last quotation's for a moment: wait for this one's reason.
        await expect.poll(() => popup.locator('.candidate-reason').textContent()).toBe(reading.reason);
        expect(await popup.locator('.candidate-question').textContent()).toBe('Ana Ruiz?');
        expect(await popup.getByRole('button', { name: 'Attribute to Ana Ruiz', exact: true }).count()).toBe(0);
        expect(await descriptionOf(page, 'Yes, Ana Ruiz')).toBe(`Ana Ruiz? ${reading.reason}`);
        expect(await popup.getByRole('button', { name: 'Someone else…', exact: true }).isVisible()).toBe(true);
        expect(await popup.textContent()).not.toMatch(/%/);
        await harness().screenshot(`attribution-popup-question-${which}-${scheme}-${width}`);
        expect(await violationsWithin(page, '.quote-offer')).toEqual([]);
      }
    }
  }

  const checks = await showTab(page, 'Checks');
  const rows = checks.getByRole('list', { name: 'Problems' }).locator(':scope > li');
  const questions = rows.filter({ has: page.locator('.candidate-question', { hasText: 'Ana Ruiz?' }) });
  await expect.poll(() => questions.count()).toBe(suggested.length);
  // Each question says why, and no row attributes them all: questions are answered one by one.
  expect(await questions.locator('.candidate-reason').allTextContents()).toEqual(
    suggested.map((reading) => reading.reason),
  );
  expect(await checks.getByRole('button', { name: /^Attribute all/ }).count()).toBe(0);
  expect(await checks.getByRole('button', { name: /^Attribute to Ana Ruiz/ }).count()).toBe(0);
  for (const [width, height] of [
    [1200, 800],
    [900, 650],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await useWindow(page, scheme, width, height);
      await showTab(page, 'Checks');
      await harness().screenshot(`attribution-checks-questions-${scheme}-${width}`);
      expect(await violationsWithin(page, '.checks-panel')).toEqual([]);
    }
  }
  // Going to the last quotation from its row moves the article, never the window: the rows' hidden
  // words scroll with the panel, so nothing stretches the window past its status bar.
  await useWindow(page, 'light');
  await showTab(page, 'Checks');
  await checks
    .getByRole('button', { name: /^Go to quotation/ })
    .last()
    .click();
  await clickInto(page, suggestion(suggested.at(-1)!.words));
  await popup.waitFor();
  expect(
    await page.evaluate(() => {
      const workspace = document.querySelector('.workspace')!;
      return { scrolled: workspace.scrollTop, overflow: workspace.scrollHeight - workspace.clientHeight };
    }),
  ).toEqual({ scrolled: 0, overflow: 0 });
  // The Quotes tab says the same: a question for each, with no one-click button.
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    const quotesTab = await showTab(page, 'Quotes');
    await expect.poll(() => quotesTab.locator('.candidate-question').count()).toBe(suggested.length);
    expect(await quotesTab.getByRole('button', { name: /^Attribute to Ana Ruiz/ }).count()).toBe(0);
    expect(await quotesTab.getByRole('button', { name: /^Yes, Ana Ruiz/ }).count()).toBe(suggested.length);
    await harness().screenshot(`attribution-quotes-questions-${scheme}-1200`);
    expect(await violationsWithin(page, '.quotes-panel')).toEqual([]);
  }
  await useWindow(page, 'light');
  await showTab(page, 'Checks');

  // Yes to the second "said Ana Ruiz": that quotation is hers on disk, and only that one.
  const answered = named[1]!;
  const excerptStart = answered.words.slice(0, 15);
  await checks.getByRole('button', { name: new RegExp(`^Yes, Ana Ruiz\\s*— “${excerptStart}`) }).click();
  await expect.poll(() => questions.count()).toBe(suggested.length - 1);
  expect(await questions.filter({ hasText: excerptStart }).count()).toBe(0);
  await waitForSaveState(page, 'Saved');
  await expect.poll(async () => storedQuotations((await saved('mayor-quay')).body).length, { timeout: 15_000 }).toBe(1);
  const article = await saved('mayor-quay');
  expect(article.sources.map((source) => source.name)).toEqual(['Ana Ruiz']);
  expect(storedQuotations(article.body).map((quote) => [quote.pieces.join(' '), quote.sourceIds])).toEqual([
    [answered.words, [article.sources[0]!.id]],
  ]);
});
