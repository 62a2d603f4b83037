// A reporter pastes the seed article's body, accepts the five suggested attributions to Jens
// Stoltenberg one by one (each as the detector's calibration offers it: one click, or a "Yes" to
// the question, with the reason shown), and after a reload every quotation is still tied to him; a private
// contact note never leaves the source, and removing the source leaves its quotes unattributed.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Article } from '../../core/article/article';
import { detectedQuotationsOfBody } from '../../core/checks/detected-quotations';
import type { SpeakerOffer } from '../../core/quotes/calibration';
import { cueReason } from '../../core/quotes/cue-reason';
import { paragraphs } from '../builders/body';
import { useHarness } from './harness/use-harness';
import { articlesOnDisk } from './harness/library-files';
import { storedQuotations } from './harness/quote-marks';
import { clickInto, clipboardAfter, copyWholeBody, quotesUi, showPanel } from './harness/quotes-ui';
import {
  goldPieces,
  quotedWords,
  SEED_CLIPBOARD,
  SEED_HEADLINE,
  SEED_PARAGRAPHS,
  SEED_QUOTATIONS,
  SEED_SPEAKER,
  type GoldQuotation,
} from './harness/seed-article';
import { bodyBlocks, openArticle, pasteHtml, typeHeadline, ui, waitForSaveState } from './harness/ui';

const CONTACT_NOTE = 'Private mobile via the press office: +32 470 55 01 23, never before 7am';

const harness = useHarness({ pageTimeoutMs: 10_000 });

test('the five pasted quotations are suggested for Jens Stoltenberg with their reasons, accepted one by one, and still attributed after a reload', async () => {
  const page = harness().page;
  const quotes = quotesUi(page);

  await ui(page).newArticle.click();
  await typeHeadline(page, SEED_HEADLINE);
  await ui(page).body.click();
  await pasteHtml(page, SEED_CLIPBOARD.html, SEED_CLIPBOARD.plain);
  expect((await bodyBlocks(page)).map((block) => block.text.trim())).toEqual(
    SEED_PARAGRAPHS.map((paragraph) => paragraph.trim()),
  );

  // Exactly the five quotations are underlined as suggestions, and nothing else.
  await expect.poll(() => underlinedWords(quotes.suggestions), { timeout: 15_000 }).toBe(wordsOf(SEED_QUOTATIONS));

  // Each is accepted the way its offer allows: one click, a "Yes" to the question, or the picker.
  const offers = seedOffers();
  expect(offers).toHaveLength(SEED_QUOTATIONS.length);
  for (let accepted = 1; accepted <= SEED_QUOTATIONS.length; accepted++) {
    await clickInto(page, quotes.suggestions.first());
    await acceptAsOffered(page, offers[accepted - 1]!);
    // The quotation just accepted is marked; the ones after it are still suggestions.
    await expect.poll(() => underlinedWords(quotes.marked)).toBe(wordsOf(SEED_QUOTATIONS.slice(0, accepted)));
    await expect.poll(() => underlinedWords(quotes.suggestions)).toBe(wordsOf(SEED_QUOTATIONS.slice(accepted)));
  }

  await expectAllAttributedOnScreen(page);
  await expect
    .poll(async () => storedQuotations((await onlyArticle()).body).length, { timeout: 15_000 })
    .toBe(SEED_QUOTATIONS.length);
  await waitForSaveState(page, 'Saved');
  const saved = await onlyArticle();
  expectStoredAttributedTo(saved, SEED_SPEAKER);

  await harness().reload();
  await openArticle(page, SEED_HEADLINE);
  await waitForSaveState(page, 'Saved');

  await expect.poll(() => underlinedWords(quotes.marked)).toBe(wordsOf(SEED_QUOTATIONS));
  expect(await quotes.suggestions.count()).toBe(0);
  await expectAllAttributedOnScreen(page);
  const reopened = await onlyArticle();
  expect(reopened.sources).toEqual(saved.sources);
  expect(storedQuotations(reopened.body)).toEqual(storedQuotations(saved.body));
});

test('a private contact note stays out of a copy of the body, a copy of the source and the body itself', async () => {
  const page = harness().page;
  const quotes = quotesUi(page);

  await showPanel(page, 'Sources');
  await quotes.sourceAction('Edit', SEED_SPEAKER).click();
  await quotes.sourceField('Private contact notes').fill(CONTACT_NOTE);
  await quotes.sourceDialog.getByRole('button', { name: 'Save source', exact: true }).click();
  await expect
    .poll(async () => (await onlyArticle()).sources.map((source) => source.contactNotes), { timeout: 15_000 })
    .toEqual([CONTACT_NOTE]);
  await waitForSaveState(page, 'Saved');

  const copied = await copyWholeBody(page);
  // The copy really holds the body, only not the note.
  expect(quotedWords(copied.plain)).toContain(quotedWords(SEED_QUOTATIONS[0]!.text));
  for (const clipboard of [copied.plain, copied.html]) {
    expect(clipboard).not.toContain(CONTACT_NOTE);
    expect(clipboard).not.toContain('+32 470 55 01 23');
  }
  expect(JSON.stringify((await onlyArticle()).body)).not.toContain('+32 470 55 01 23');

  // Copying the source's own card gives its name, not its private notes.
  await showPanel(page, 'Sources');
  const card = await clipboardAfter(page, () => quotes.sourceAction('Copy', SEED_SPEAKER).click());
  expect(card).toContain(SEED_SPEAKER);
  expect(card).not.toContain('+32 470 55 01 23');
});

test('removing the source leaves its five quotations in the body, unattributed', async () => {
  const page = harness().page;
  const quotes = quotesUi(page);

  await showPanel(page, 'Sources');
  await quotes.sourceAction('Remove', SEED_SPEAKER).click();
  await expect
    .poll(async () => (await showPanel(page, 'Quotes')).textContent())
    .toMatch(/5 quotations, 0 sources, 5 unattributed/);
  expect(await (await showPanel(page, 'Quotes')).textContent()).not.toContain(`${SEED_SPEAKER}: 5`);
  await expect.poll(async () => (await onlyArticle()).sources, { timeout: 15_000 }).toEqual([]);
  await waitForSaveState(page, 'Saved');
  await showPanel(page, 'Sources');
  expect(await quotes.sourceAction('Edit', SEED_SPEAKER).count()).toBe(0);

  const stored = storedQuotations((await onlyArticle()).body);
  expect(stored.map((quotation) => quotation.pieces.map(quotedWords))).toEqual(SEED_QUOTATIONS.map(goldPieces));
  expect(stored.map((quotation) => quotation.sourceIds)).toEqual(SEED_QUOTATIONS.map(() => [null]));
});

interface SeedOffer {
  speaker: string | null;
  offer: SpeakerOffer;
  reason: string | null;
}

/** What the app's detector offers for each seed quotation, in reading order: the editor's own reading of the pasted paragraphs. */
function seedOffers(): SeedOffer[] {
  return detectedQuotationsOfBody(paragraphs(...SEED_PARAGRAPHS)).map((quotation) => ({
    speaker: quotation.speaker,
    offer: quotation.offer,
    reason: quotation.cue && quotation.speaker ? cueReason(quotation.cue, quotation.speaker) : null,
  }));
}

/** Attributes the quotation at the caret to the seed's speaker as the popup offers it, checking it says why. */
async function acceptAsOffered(page: Page, { speaker, offer, reason }: SeedOffer): Promise<void> {
  const popup = page.getByRole('group', { name: 'Attribution', exact: true });
  if (speaker !== SEED_SPEAKER || offer === 'none') {
    await popup.getByRole('button', { name: 'Attribute to…', exact: true }).click();
    await page.getByRole('combobox', { name: 'Source' }).fill(SEED_SPEAKER);
    await page.keyboard.press('Enter');
    return;
  }
  const answer = offer === 'one-click' ? `Attribute to ${SEED_SPEAKER}` : `Yes, ${SEED_SPEAKER}`;
  await popup.getByRole('button', { name: answer, exact: true }).waitFor();
  if (offer === 'question') expect(await popup.locator('.candidate-question').textContent()).toBe(`${SEED_SPEAKER}?`);
  if (reason) expect(await popup.locator('.candidate-reason').textContent()).toBe(reason);
  await popup.getByRole('button', { name: answer, exact: true }).click();
}

/** The words of every underlined piece in reading order, marks and white space left out. */
async function underlinedWords(underlines: Locator): Promise<string> {
  return quotedWords((await underlines.allTextContents()).join(''));
}

function wordsOf(quotations: GoldQuotation[]): string {
  return quotations.map((quotation) => quotedWords(quotation.text)).join('');
}

async function expectAllAttributedOnScreen(page: Page): Promise<void> {
  const quotes = quotesUi(page);
  const panel = await showPanel(page, 'Quotes');
  await expect.poll(() => panel.textContent()).toMatch(/5 quotations, 1 source, 0 unattributed/);
  expect(await panel.textContent()).toContain(`${SEED_SPEAKER}: 5`);
  expect(await quotes.jumpToQuote.count()).toBe(SEED_QUOTATIONS.length);
  await showPanel(page, 'Sources');
  await expect(quotes.sourceAction('Edit', SEED_SPEAKER).count()).resolves.toBe(1);
}

/** One source by that name, and five quotations marked exactly as the gold ones, all pointing at it. */
function expectStoredAttributedTo(article: Article, name: string): void {
  expect(article.sources.map((source) => source.name)).toEqual([name]);
  const sourceId = article.sources[0]!.id;
  const stored = storedQuotations(article.body);
  // Each multi-paragraph quotation is one quote id over all its paragraphs.
  expect(stored.map((quotation) => quotation.pieces.map(quotedWords))).toEqual(SEED_QUOTATIONS.map(goldPieces));
  expect(stored.map((quotation) => quotation.sourceIds)).toEqual(SEED_QUOTATIONS.map(() => [sourceId]));
  expect(stored.map((quotation) => quotation.blocks.length)).toEqual([1, 3, 1, 1, 4]);
}

async function onlyArticle(): Promise<Article> {
  const entries = await articlesOnDisk(harness().folders.library);
  expect(entries).toHaveLength(1);
  return entries[0]!.article;
}
