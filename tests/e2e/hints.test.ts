// Hints that read as hints (issue 12, item 9): the dateline's placeholder is an example, a new
// article's body says where the story goes, a file dragged over the window meets a drop target
// that names what it takes, and byline names and roles are read whole (item 10).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { editorUi, ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

const harness = useHarness({ pageTimeoutMs: 15_000 });

async function useWindow(page: Page, scheme: 'light' | 'dark') {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
}

/** What the body's empty first paragraph shows before anything is typed. */
const bodyHint = (page: Page) =>
  ui(page).body.evaluate((body) => {
    const empty = body.querySelector('.is-empty');
    return empty ? getComputedStyle(empty, '::before').content : null;
  });

/** The text of the window-wide drop target, or 'none' while nothing is dragged. */
const dropTarget = (page: Page) => page.evaluate(() => getComputedStyle(document.body, '::after').content);

/** Drags something over the window as the system does: dragenter, then dragover, carrying a file or text. */
async function dragOver(page: Page, kind: 'file' | 'text') {
  await page.evaluate((what) => {
    const data = new DataTransfer();
    if (what === 'file') data.items.add(new File(['words'], 'story.docx'));
    else data.setData('text/plain', 'a selection');
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, kind);
}

test('an empty library names the three ways an article comes in, and Import a file… opens the import', async () => {
  const page = harness().page;
  const empty = page.getByRole('note', { name: 'Empty library' });
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    await empty.waitFor();
    expect(await empty.textContent()).toBe(
      'No articles yet.Write a new articleImport a file…Or drop a .docx, .html or .txt file here.',
    );
    await harness().screenshot(`hints-empty-library-${scheme}`);
  }
  const story = join(harness().folders.root, 'harbour.txt');
  await writeFile(story, 'Harbour wall to be rebuilt\n\nThe council voted on Monday to rebuild the wall.\n');
  harness().answerImportDialog(story);
  await empty.getByRole('button', { name: 'Import a file…' }).click();
  await expect.poll(() => editorUi(page).headline.inputValue(), { timeout: 20_000 }).toBe('Harbour wall to be rebuilt');
  await empty.waitFor({ state: 'hidden' });
});

test('a new article hints at the dateline and the body, and keeps names and roles whole', async () => {
  const page = harness().page;
  await useWindow(page, 'light');
  await ui(page).newArticle.click();
  const editor = editorUi(page);
  await editor.dateline.waitFor();
  expect(await editor.dateline.getAttribute('placeholder')).toBe('City, e.g. KABUL');
  expect(await editor.dateline.inputValue()).toBe('');
  await expect.poll(() => bodyHint(page)).toBe('"Write the story…"');

  await editor.addByline.click();
  await editor.bylineName(1).fill('Tomasz Nowakowski');
  await editor.bylineRole(1).fill('Brussels correspondent');
  for (const field of [editor.bylineName(1), editor.bylineRole(1)]) {
    // The whole value fits in the field as the panel draws it: nothing cut off at the right.
    expect(await field.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  }
  const [name, role] = await Promise.all([editor.bylineName(1).boundingBox(), editor.bylineRole(1).boundingBox()]);
  expect(role!.y).toBeGreaterThan(name!.y + name!.height - 1);
});

test('a file dragged over the window meets a drop target naming what it takes; dragged text does not', async () => {
  const page = harness().page;
  expect(await dropTarget(page)).toBe('none');
  await dragOver(page, 'text');
  expect(await dropTarget(page)).toBe('none');
  for (const scheme of ['light', 'dark'] as const) {
    await useWindow(page, scheme);
    await dragOver(page, 'file');
    expect(await dropTarget(page)).toBe('"Drop a .docx, .html or .txt file to import it as a new article"');
    await harness().screenshot(`hints-drop-target-${scheme}`);
    // The drag leaves the window: the target goes with it.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['words'], 'story.docx'));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true }));
    });
    expect(await dropTarget(page)).toBe('none');
  }
});
