// Issue 13, end to end: two people in turn on one library folder, switching Settings › Your name
// between them. The reporter marks the draft ready; the editor comments on a sentence, suggests a
// replacement and a deletion in Suggest mode and requests changes; the reporter replies, accepts
// one suggestion, rejects the other and marks it ready; the editor resolves the thread and
// approves; the stamp publishes it. The History section shows every step, who made it and a diff;
// an earlier revision is restored and restored back. axe finds nothing serious with the Review and
// History sections open, in both themes; screenshots of History at 1200×800 in both themes.
import { appendFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { rootFlag } from './harness/appearance';
import { allViolations, seriousViolations } from './harness/axe';
import { datesUi } from './harness/dates-ui';
import { articleOnDisk } from './harness/library-files';
import {
  DESK_HEADLINE,
  DESK_SENTENCES,
  deskBody,
  historyUi,
  reviewUi,
  revisionRows,
  selectInBody,
  showSection,
  switchYourName,
  writeDeskArticle,
} from './harness/review-ui';
import { useHarness } from './harness/use-harness';
import { openArticle, typeInBody, ui, waitForSaveState } from './harness/ui';

const REPORTER = 'Amina Rahimi';
const EDITOR = 'Dana Whitfield';

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => void (await writeDeskArticle(library)),
});

test('reporter and editor take the draft through the desk to publication; History shows each step and restores', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  const review = reviewUi(page);
  const history = historyUi(page);
  const body = ui(page).body;
  const onDisk = async () => (await articleOnDisk(harness().folders.library, 'desk-sea-wall-0001'))!.article;
  // Each step saved at once (Ctrl/Cmd+S), so it is its own revision.
  const saved = async () => {
    await page.keyboard.press('ControlOrMeta+s');
    await waitForSaveState(page, 'Saved');
  };

  // The reporter hands the draft to the desk.
  await switchYourName(page, REPORTER);
  await openArticle(page, DESK_HEADLINE);
  await showSection(page, 'Review');
  await review.move('Mark ready for the desk').click();
  await expect.poll(() => review.stageNow.textContent()).toBe('Ready for the desk');
  await saved();

  // The editor comments on a sentence, suggests a replacement and a deletion, and asks for changes.
  await switchYourName(page, EDITOR);
  await selectInBody(page, DESK_SENTENCES[2]);
  await review.newComment.click();
  await review.composer.getByLabel('Comment', { exact: true }).fill('Which two places? Name them.');
  await review.composer.getByRole('button', { name: 'Post comment', exact: true }).click();
  await expect.poll(() => review.threads.textContent()).toContain('Which two places? Name them.');
  await saved();

  await review.suggestToggle.click();
  await expect.poll(() => review.suggestToggle.getAttribute('aria-pressed')).toBe('true');
  await selectInBody(page, 'Monday');
  await page.keyboard.type('Tuesday');
  await selectInBody(page, 'quietly ');
  await page.keyboard.press('Backspace');
  await review.suggestToggle.click();
  await expect.poll(() => review.suggestToggle.getAttribute('aria-pressed')).toBe('false');
  await expect.poll(() => review.suggestions.getByRole('listitem').count()).toBe(2);
  await saved();
  await review.move('Request changes').click();
  await expect.poll(() => review.stageNow.textContent()).toBe('Changes requested');
  await saved();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    expect(await seriousViolations(page, `the Review section with a thread and suggestions, ${theme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The reporter sees what changed since she last looked, replies, decides the suggestions, hands it back.
  await switchYourName(page, REPORTER);
  await showSection(page, 'History');
  await history.since.click();
  // Her text is as she left it; what the editor asks for is named, pending.
  await expect
    .poll(() => history.comparison.textContent())
    .toContain('Dana Whitfield suggested replacing “Monday” with “Tuesday”');
  expect(await history.comparison.textContent()).toContain(
    'Comment threads(none) → now: 1 open, 0 resolved (1 comment)',
  );
  await harness().screenshot('review-desk-history-since-light');
  await showSection(page, 'Review');
  const thread = review.threads.getByRole('article').first();
  await thread.getByRole('button', { name: /^Reply to / }).click();
  await thread.getByRole('textbox', { name: /^Reply to / }).fill('The north pier and the slipway.');
  await thread.getByRole('button', { name: 'Post reply', exact: true }).click();
  await expect.poll(() => thread.textContent()).toContain('The north pier and the slipway.');
  await saved();
  await review.review.getByRole('button', { name: 'Accept replacing “Monday” with “Tuesday”' }).click();
  await expect.poll(() => review.suggestions.getByRole('listitem').count()).toBe(1);
  await waitForSaveState(page, 'Saved');
  await review.review.getByRole('button', { name: /^Reject deleting “quietly/ }).click();
  await expect.poll(() => review.suggestions.getByRole('listitem').count()).toBe(0);
  await waitForSaveState(page, 'Saved');
  await review.move('Mark ready for the desk').click();
  await expect.poll(() => review.stageNow.textContent()).toBe('Ready for the desk');
  await saved();
  expect(await body.textContent()).toBe(DESK_SENTENCES.join('').replace('Monday', 'Tuesday'));

  // The editor resolves the thread and approves; the stamp publishes it.
  await switchYourName(page, EDITOR);
  await thread.getByRole('button', { name: /^Resolve / }).click();
  await saved();
  await review.move('Approve').click();
  await expect.poll(() => review.stageNow.textContent()).toBe('Approved');
  await saved();
  const dates = datesUi(page);
  await showSection(page, 'Dates');
  await dates.stampAction('Stamp as published').click();
  const publish = dates.dialog('Stamp as published');
  await ui(page).button('Stamp as published', publish).click();
  await publish.waitFor({ state: 'hidden' });
  await expect.poll(async () => (await onDisk()).status, { timeout: 15_000 }).toBe('published');
  await waitForSaveState(page, 'Saved');

  // History: every step, newest first, with who made it.
  await showSection(page, 'History');
  await expect.poll(async () => (await revisionRows(page))[0]?.why).toBe('Stamped');
  const steps = (await revisionRows(page)).map(({ why, meta }) => `${why} — ${meta.split(' · ')[1] ?? ''}`);
  console.log(`History after publication:\n  ${steps.join('\n  ')}`);
  expect(steps).toEqual([
    `Stamped — ${EDITOR}`,
    `Stage: Approved — ${EDITOR}`,
    `Comment — ${EDITOR}`,
    `Stage: Ready for the desk — ${REPORTER}`,
    `Rejected a suggestion — ${REPORTER}`,
    `Accepted a suggestion — ${REPORTER}`,
    `Comment — ${REPORTER}`,
    `Stage: Changes requested — ${EDITOR}`,
    `Edit — ${EDITOR}`,
    `Comment — ${EDITOR}`,
    `Stage: Ready for the desk — ${REPORTER}`,
    // The library's file had no history: its text as first found is the first revision (by no one named).
    'As it was before its history began — 38 words',
  ]);
  const rows = await revisionRows(page);
  // The draft as the reporter first sent it to the desk (the revision before holds the same words).
  const first = rows.at(-2)!.rev;
  const stamped = rows[0]!.rev;

  // A diff: the first revision against the text as it stands.
  await history.pick(first).click();
  await expect.poll(() => history.comparison.textContent()).toContain('deleted: Monday');
  expect(await history.comparison.textContent()).toContain('inserted: Tuesday');
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    const shot = await harness().screenshot(`review-desk-history-${theme}`);
    console.log(`The History section with a comparison, ${theme}: ${shot} (in ${dirname(shot)})`);
    // History is held to every level, minor included, as the other sections are (accessibility.test.ts).
    expect(await allViolations(page, `the History section with a comparison, ${theme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Restore the first revision, then restore back: nothing is lost either way.
  await history.restore(first).click();
  const confirm = page.getByRole('dialog', { name: `Restore revision ${first}?`, exact: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, 'the Restore dialog, dark')).toEqual([]);
  await harness().screenshot('review-desk-restore-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await ui(page).button(`Restore revision ${first}`, confirm).click();
  await expect.poll(() => history.outcome.textContent()).toContain(`Revision ${first} is restored`);
  await expect.poll(() => body.textContent()).toBe(DESK_SENTENCES.join(''));
  await expect.poll(async () => (await revisionRows(page))[0]?.why).toBe(`Restored revision ${first}`);
  await waitForSaveState(page, 'Saved');
  expect((await onDisk()).body).toEqual(deskBody());

  await history.restore(stamped).click();
  await ui(page)
    .button(`Restore revision ${stamped}`, page.getByRole('dialog', { name: `Restore revision ${stamped}?` }))
    .click();
  await expect.poll(() => body.textContent()).toBe(DESK_SENTENCES.join('').replace('Monday', 'Tuesday'));
  await waitForSaveState(page, 'Saved');
  const final = await onDisk();
  // The words came back; the record stayed: still published, approved on the desk's log.
  expect(final.status).toBe('published');
  expect(final.review?.log.map((change) => change.to)).toEqual([
    'ready',
    'changes-requested',
    'ready',
    'approved',
    'published',
  ]);
  await expect
    .poll(async () => (await revisionRows(page)).slice(0, 2).map(({ why }) => why))
    .toEqual([`Restored revision ${stamped}`, `Restored revision ${first}`]);

  // A change after publication sends the story back to the desk (its own revision); typing on,
  // then more typing folded into that edit's revision, then the article closed (another opened):
  // the close is on the record with the words as they were left.
  await typeInBody(page, ' Both repairs are due by June.');
  await saved();
  await expect.poll(async () => (await revisionRows(page))[0]?.why).toBe('Stage: Editing');
  await typeInBody(page, ' The cost is not yet known.');
  await saved();
  await expect.poll(async () => (await revisionRows(page))[0]?.why).toBe('Edit');
  await typeInBody(page, ' Tenders close in May.');
  await saved();
  await ui(page).newArticle.click();
  await expect.poll(() => ui(page).headline.inputValue()).toBe('');
  await openArticle(page, DESK_HEADLINE);
  await showSection(page, 'History');
  await expect.poll(async () => (await revisionRows(page))[0]?.why).toBe('Closed');
  const closed = (await revisionRows(page))[0]!;
  // The story's 38 words and the 16 typed since.
  expect(closed.meta).toMatch(new RegExp(` · ${EDITOR} · 54 words$`));
  expect(harness().pageErrors).toEqual([]);
});

test('a damaged history is reported in the History section, and a missing one is begun again; the article opens and saves either way', async () => {
  const page = harness().page;
  const history = historyUi(page);
  const file = join(harness().folders.library, '.harbour-council-sea-wall.byline.json.history');
  // A history to damage: at least the revision this save records.
  await harness().reload();
  await openArticle(page, DESK_HEADLINE);
  await typeInBody(page, ' Work starts in April.');
  await waitForSaveState(page, 'Saved');
  await appendFile(file, 'this line is not a revision\n');
  await harness().reload();
  await openArticle(page, DESK_HEADLINE);
  await showSection(page, 'History');
  await expect
    .poll(() => history.history.textContent())
    .toContain(
      'The history of "harbour-council-sea-wall.byline.json" is damaged: 1 damaged line was skipped. The article itself is not affected.',
    );
  expect(await history.revisions.count()).toBeGreaterThan(0);
  await harness().screenshot('review-desk-history-damaged-light');
  await typeInBody(page, ' Still saved.');
  await waitForSaveState(page, 'Saved');

  await rm(file);
  await harness().reload();
  await openArticle(page, DESK_HEADLINE);
  await showSection(page, 'History');
  await expect
    .poll(() => history.history.textContent())
    .toContain('No revisions yet: the first is recorded when the article is next saved.');
  await typeInBody(page, ' And again.');
  await waitForSaveState(page, 'Saved');
  // The text as it was on disk, then the save that replaced it.
  await expect.poll(() => history.revisions.count()).toBe(2);
  expect((await onDiskText()).endsWith('Still saved. And again.')).toBe(true);
  expect(harness().pageErrors).toEqual([]);

  async function onDiskText() {
    const stored = await articleOnDisk(harness().folders.library, 'desk-sea-wall-0001');
    const last = stored!.article.body.content?.at(-1);
    return (last?.content ?? []).map((node) => node.text ?? '').join('');
  }
});
