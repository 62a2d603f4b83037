// First start: no library folder yet, Byline proposes one in the Documents folder and opens it.
import { readdir, stat } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { ui } from './harness/ui';

const harness = useHarness({ libraryChosen: false });

test('first start proposes Byline in the Documents folder, and "Use this folder" opens it as an empty library', async () => {
  const page = harness().page;
  const { library } = harness().folders;
  await page.getByRole('heading', { name: 'Choose a library folder' }).waitFor();
  await page.getByText(library, { exact: false }).first().waitFor();
  await expect(page.getByRole('button', { name: 'Choose another folder…' }).isVisible()).resolves.toBe(true);
  await expect(stat(library)).rejects.toThrow();

  await page.getByRole('button', { name: 'Use this folder' }).click();

  await ui(page).articles.waitFor();
  await expect(ui(page).articles.getByRole('option').count()).resolves.toBe(0);
  await expect(ui(page).newArticle.isVisible()).resolves.toBe(true);
  expect((await stat(library)).isDirectory()).toBe(true);
  expect(await readdir(library)).toEqual([]);
});
