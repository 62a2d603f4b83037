// The Review section as one person at the desk uses it: marks the story ready for the desk, comments
// on words of the body (Ctrl+Alt+M, as Google Docs), replies, resolves and reopens the thread,
// comments on the headline (the toolbar's Comment), types a suggestion in Suggest mode
// (Ctrl+Alt+Shift+X) and rejects it, and accepts one of two pending suggestions and rejects the other. The
// file on disk holds each step. axe finds nothing with the section open in either theme, and
// screenshots at 1200 × 800 and 1400 × 900 in both themes are written for a person to look at.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Article } from '../../core/article/article';
import { ARTICLE_EXTENSION } from '../../core/article/format';
import { serializeArticle } from '../../core/article/serialize';
import { doc, p, text } from '../builders/body';
import { rootFlag } from './harness/appearance';
import { allViolations } from './harness/axe';
import { DEFAULT_SETTINGS, writeSettingsFile } from './harness/file-settings';
import { harnessFolders } from './harness/folders';
import { articleOnDisk } from './harness/library-files';
import { SAMPLE_HEADLINE, writeSampleArticle } from './harness/sample-article';
import { openArticle, ui, waitForSaveState } from './harness/ui';
import { useHarness } from './harness/use-harness';

const ME = 'Dana Whitfield';
const ID = 'sample-storm-surge-01';
const AT = '2025-03-27T08:00:00.000Z';
const suggestion = (kind: 'insertion' | 'deletion', id: string, by: string) => ({
  type: kind,
  attrs: { id, by, at: AT },
});

const harness = useHarness({
  pageTimeoutMs: 10_000,
  prepareLibrary: async (library, root) => {
    writeSettingsFile(harnessFolders(root).settingsFile, {
      libraryFolder: library,
      settings: { ...DEFAULT_SETTINGS, yourName: ME, timeZone: 'Europe/London' },
    });
    const sample = await writeSampleArticle(library);
    // Two suggestions by two people waiting in the story: a replacement and a deletion.
    const body = doc(
      p(
        'Sea water poured into the lower harbour district ',
        text('before dawn', [suggestion('deletion', 'sug-ana', 'Ana Ruiz')]),
        text('at first light', [suggestion('insertion', 'sug-ana', 'Ana Ruiz')]),
        ' on Thursday, flooding dozens of homes and shops',
        text(' and cutting the coast road', [suggestion('deletion', 'sug-tom', 'Tom Okafor')]),
        '.',
      ),
      ...(sample.body.content as Article['body'][]).slice(1),
    );
    const article: Article = { ...sample, body };
    await writeFile(join(library, `${article.slug}${ARTICLE_EXTENSION}`), serializeArticle(article));
  },
});

const review = (page: Page) => page.getByRole('region', { name: 'Review', exact: true });

async function saved(): Promise<Article> {
  const page = harness().page;
  await waitForSaveState(page, 'Saved');
  const found = await articleOnDisk(harness().folders.library, ID);
  if (!found) throw new Error('The sample article is not in the library.');
  return found.article;
}

/** Selects the first occurrence of `words` in the body, as a drag over them would. */
async function selectInBody(page: Page, words: string): Promise<void> {
  await page.evaluate((wanted) => {
    const body = document.querySelector('[aria-label="Article body"]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (body as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the body.`);
  }, words);
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(100);
}

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
}

test('a story goes to the desk, is commented on and its suggestions decided, each step on disk', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1400, height: 900 });
  await openArticle(page, SAMPLE_HEADLINE);
  await page.getByRole('tab', { name: 'Review', exact: true }).click();
  const panel = review(page);
  await panel.waitFor();

  // Draft: the only move is to the desk, with a note and an assignee.
  expect(await panel.getByRole('group', { name: 'Move the article' }).getByRole('button').allTextContents()).toEqual([
    'Mark ready for the desk',
  ]);
  await panel.getByLabel('Note (optional)').fill('Bakery quote cleared by legal.');
  await panel.getByLabel('Assigned to').fill('Sam Editor');
  await ui(page).button('Mark ready for the desk', panel).click();
  await expect
    .poll(() => panel.locator('#review-stage-now').textContent())
    .toBe('Ready for the desk · with Sam Editor');
  expect(await panel.getByRole('group', { name: 'Move the article' }).getByRole('button').allTextContents()).toEqual([
    'Start editing',
    'Request changes',
    'Approve',
    'Take back to draft',
  ]);
  const log = panel.getByRole('list', { name: 'Stage log' });
  await expect
    .poll(() => log.getByRole('listitem').first().textContent())
    .toMatch(/^Draft → Ready for the desk(Dana Whitfield), .+Bakery quote cleared by legal\.$/);
  expect((await saved()).review).toMatchObject({
    stage: 'ready',
    assignee: 'Sam Editor',
    log: [{ from: 'draft', to: 'ready', by: ME, note: 'Bakery quote cleared by legal.' }],
  });

  // The library list says so, and finds it waiting for the desk; it is Sam's, not mine.
  const deskFilter = page.getByRole('combobox', { name: 'Filter by desk' });
  await deskFilter.selectOption({ label: 'Waiting for the desk' });
  await expect.poll(() => ui(page).article(SAMPLE_HEADLINE).textContent()).toMatch(/Ready for the deskwith Sam Editor/);
  await deskFilter.selectOption({ label: 'Assigned to me' });
  await ui(page).library.getByText('No articles match.').waitFor();
  await deskFilter.selectOption({ label: 'Everyone’s' });

  // A comment on words of the body, by the keyboard as in Google Docs.
  await selectInBody(page, 'Rosa Almeida');
  await page.keyboard.press('Control+Alt+KeyM');
  const composer = panel.getByRole('form', { name: 'New comment' });
  await composer.waitFor();
  expect(await composer.getByLabel('Comment on').locator('option:checked').textContent()).toBe(
    'The selected words: “Rosa Almeida”',
  );
  await composer.getByLabel('Comment', { exact: true }).fill('Is this her full name?');
  await ui(page).button('Post comment', composer).click();
  const threads = panel.getByRole('list', { name: 'Comment threads' });
  const thread = threads.getByRole('article').filter({ hasText: 'Is this her full name?' });
  await thread.waitFor();
  expect(await page.locator('mark.comment-highlight').allTextContents()).toEqual(['Rosa Almeida']);
  let stored = await saved();
  expect(stored.review!.threads).toEqual([
    expect.objectContaining({ anchor: { kind: 'body' }, quote: 'Rosa Almeida', resolved: false }),
  ]);
  expect(JSON.stringify(stored.body)).toContain(`"threadId":"${stored.review!.threads[0]!.id}"`);

  // Reply, resolve (the highlight goes), show resolved, reopen.
  await ui(page).button('Reply to the comment on “Rosa Almeida”', panel).click();
  await panel.getByLabel('Reply to the comment on “Rosa Almeida”').fill('Yes, checked with her.');
  await ui(page).button('Post reply', panel).click();
  await expect.poll(() => thread.getByRole('listitem').count()).toBe(2);
  await ui(page).button('Resolve the comment on “Rosa Almeida”', panel).click();
  await expect.poll(() => panel.getByText('No open comments, 1 resolved.').count()).toBe(1);
  await expect.poll(() => page.locator('mark.comment-highlight').count()).toBe(0);
  await panel.getByLabel('Show resolved').check();
  await thread.getByText(`Resolved by ${ME}`).waitFor();
  await ui(page).button('Reopen the comment on “Rosa Almeida”', panel).click();
  await expect.poll(() => page.locator('mark.comment-highlight').count()).toBe(1);
  stored = await saved();
  expect(stored.review!.threads[0]!.comments.map((comment) => [comment.by, comment.text])).toEqual([
    [ME, 'Is this her full name?'],
    [ME, 'Yes, checked with her.'],
  ]);
  expect(stored.review!.threads[0]!.resolved).toBe(false);

  // A comment on the headline, from the toolbar's Comment with no words selected; field threads come first.
  await page.locator('.body-text p').nth(3).click();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Comment', exact: true }).click();
  await composer.getByLabel('Comment on').selectOption({ label: 'Headline' });
  await composer.getByLabel('Comment', { exact: true }).fill('Too long for the front.');
  await ui(page).button('Post comment', composer).click();
  await expect
    .poll(() => threads.getByRole('article').locator('.review-thread-where').allTextContents())
    .toEqual(['On the headline', 'On the words']);

  // Clicking the commented words shows their thread.
  await page.locator('mark.comment-highlight').click();
  await expect.poll(() => thread.getAttribute('data-active')).toBe('true');

  // Two people's suggestions: accept Ana's, reject Tom's.
  const suggestions = panel.getByRole('list', { name: 'Suggestions', exact: true });
  expect(await suggestions.getByRole('listitem').locator('.review-suggestion-text').allTextContents()).toEqual([
    'Ana Ruiz suggested replacing “before dawn” with “at first light”',
    'Tom Okafor suggested deleting “and cutting the coast road”',
  ]);
  expect(await page.locator('.body-text ins[data-suggestion-id]').allTextContents()).toEqual(['at first light']);
  expect(await page.locator('.body-text ins[data-suggestion-id]').getAttribute('title')).toBe('Suggested by Ana Ruiz');
  // The caret elsewhere, so the highlight shows as a reader sees it.
  await page.locator('.body-text p').nth(3).click();
  await useTheme(page, 'light');
  await screenshots(page, 'light');
  expect(await allViolations(page, 'the Review section, light')).toEqual([]);
  await useTheme(page, 'dark');
  await screenshots(page, 'dark');
  expect(await allViolations(page, 'the Review section, dark')).toEqual([]);
  await useTheme(page, 'light');

  // Suggest mode from the keyboard (Word's key): typing becomes Dana's suggestion, shown in the status bar.
  const toggle = page.getByRole('button', { name: 'Suggest edits' });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await page.locator('.body-text p').nth(3).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Alt+Shift+KeyX');
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await page.getByRole('contentinfo', { name: 'Status bar' }).getByText('Suggesting', { exact: true }).waitFor();
  await page.keyboard.type(' Nobody was hurt.');
  await expect
    .poll(() => page.locator(`.body-text ins[data-by="${ME}"]`).allTextContents())
    .toEqual([' Nobody was hurt.']);
  await expect.poll(() => suggestions.getByRole('listitem').count()).toBe(3);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  await ui(page).button('Reject adding “Nobody was hurt.”', panel).click();
  await expect.poll(() => suggestions.getByRole('listitem').count()).toBe(2);

  await ui(page).button('Accept replacing “before dawn” with “at first light”', panel).click();
  await expect.poll(() => suggestions.getByRole('listitem').count()).toBe(1);
  await ui(page).button('Reject deleting “and cutting the coast road”', panel).click();
  await panel.getByText('No suggested edits pending.').waitFor();
  stored = await saved();
  const firstParagraph = (stored.body.content as { content: { text: string; marks?: unknown[] }[] }[])[0]!.content;
  expect(firstParagraph.map((piece) => piece.text).join('')).toBe(
    'Sea water poured into the lower harbour district at first light on Thursday, flooding dozens of homes and shops and cutting the coast road.',
  );
  expect(JSON.stringify(stored.body)).not.toMatch(/"insertion"|"deletion"/);
});

/** The Review section at the two desk sizes the brief names. */
async function screenshots(page: Page, theme: 'light' | 'dark'): Promise<void> {
  for (const [width, height] of [
    [1200, 800],
    [1400, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await review(page).waitFor();
    await review(page).getByRole('heading', { name: 'Review' }).scrollIntoViewIfNeeded();
    await harness().screenshot(`review-panel-${width}-${theme}`);
    await review(page).getByRole('heading', { name: 'Suggested edits' }).scrollIntoViewIfNeeded();
    await harness().screenshot(`review-suggestions-${width}-${theme}`);
  }
}
