// Another program (a sync client, a colleague on a shared drive) rewrites the open article while
// the reporter has unsaved edits: Byline asks, and each answer leaves the disk as promised.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { articleOnDisk, articlesOnDisk, rewriteOnDisk, type ArticleOnDisk } from './harness/library-files';
import { typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

const DIALOG = 'This article changed on disk';
const LONGER_THAN_AUTOSAVE_MS = 2_600;

const harness = useHarness();

/** A saved article, then a local edit and, before autosave can run, the other program's rewrite. */
async function conflictOver(name: string): Promise<{ mine: ArticleOnDisk; theirs: Buffer }> {
  const page = harness().page;
  const { library } = harness().folders;
  await ui(page).newArticle.click();
  await typeHeadline(page, `Mine ${name}`);
  await typeInBody(page, `My first paragraph for ${name}.`);
  await expect
    .poll(
      async () =>
        (await articlesOnDisk(library)).find(
          (entry) => entry.article.headline === `Mine ${name}` && entry.text.includes(`for ${name}.`),
        ) ?? null,
      { timeout: 15_000 },
    )
    .not.toBeNull();
  await waitForSaveState(page, 'Saved');
  const mine = (await articlesOnDisk(library)).find((entry) => entry.article.headline === `Mine ${name}`)!;

  await page.keyboard.type(' My local edit.');
  const theirs = await rewriteOnDisk(library, mine, `Theirs ${name}`, [`Their paragraph for ${name}.`]);
  await ui(page).dialog(DIALOG).waitFor({ timeout: 15_000 });
  return { mine, theirs };
}

test('Reload drops the local edit and shows what the other program wrote', async () => {
  const page = harness().page;
  const { mine, theirs } = await conflictOver('reload');
  await ui(page).button('Reload', ui(page).dialog(DIALOG)).click();

  await ui(page).dialog(DIALOG).waitFor({ state: 'detached' });
  await expect.poll(() => ui(page).headline.inputValue()).toBe('Theirs reload');
  await expect.poll(() => ui(page).body.innerText()).toContain('Their paragraph for reload.');
  await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);
  expect((await readFile(join(harness().folders.library, mine.file))).equals(theirs)).toBe(true);
});

test('Keep mine saves the local version over the other program’s', async () => {
  const page = harness().page;
  const { mine } = await conflictOver('keep');
  await ui(page).button('Keep mine', ui(page).dialog(DIALOG)).click();

  await ui(page).dialog(DIALOG).waitFor({ state: 'detached' });
  await expect
    .poll(
      async () => {
        const now = await articleOnDisk(harness().folders.library, mine.article.id);
        return now && [now.article.headline, now.text];
      },
      { timeout: 15_000 },
    )
    .toEqual(['Mine keep', 'My first paragraph for keep. My local edit.']);
  await waitForSaveState(page, 'Saved');
});

test('Save as a copy writes the local version as a new article and leaves the other program’s file alone', async () => {
  const page = harness().page;
  const { library } = harness().folders;
  const { mine, theirs } = await conflictOver('copy');
  await ui(page).button('Save as a copy', ui(page).dialog(DIALOG)).click();

  await ui(page).dialog(DIALOG).waitFor({ state: 'detached' });
  await expect
    .poll(
      async () =>
        (await articlesOnDisk(library))
          .filter((entry) => entry.text === 'My first paragraph for copy. My local edit.')
          .map((entry) => entry.article.id),
      { timeout: 15_000 },
    )
    .toHaveLength(1);
  const copy = (await articlesOnDisk(library)).find(
    (entry) => entry.text === 'My first paragraph for copy. My local edit.',
  )!;
  expect(copy.article.id).not.toBe(mine.article.id);
  expect(copy.file).not.toBe(mine.file);
  await expect.poll(() => ui(page).body.innerText()).toContain('My local edit.');
  await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);
  expect((await readFile(join(library, mine.file))).equals(theirs)).toBe(true);
});
