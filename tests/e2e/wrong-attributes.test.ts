// A link whose address is not text (issue 10, item 4): the file is listed as unfit with the
// attribute named, selecting it shows the reason instead of an editor with half the story and
// autosave off, and the file is never rewritten.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { newArticle } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import { ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

/** Longer than the autosave delay (about a second) with room to spare. */
const LONGER_THAN_AUTOSAVE_MS = 2_600;
const FILE = 'null-link.byline.json';
const BYTES = Buffer.from(
  serializeArticle({
    ...newArticle({
      id: 'null-link-article',
      slug: 'null-link',
      headline: 'Harbour reopens',
      now: '2025-05-01T09:00:00.000Z',
    }),
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The first paragraph.' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'a linked phrase', marks: [{ type: 'link', attrs: { href: null } }] }],
        },
      ],
    },
  }),
);

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: (library) => writeFile(join(library, FILE), BYTES),
});

test('a file with a link whose address is null is listed as unfit with its reason and never opened into the editor', async () => {
  const page = harness().page;
  const reason = /The body does not fit the article format: a link's address \(href\) must be text, not null\./;
  const item = ui(page).article(FILE);
  await item.waitFor();
  await expect.poll(() => item.textContent()).toMatch(reason);

  await item.click();
  await ui(page).alert.filter({ hasText: reason }).waitFor();
  await expect(ui(page).body.count()).resolves.toBe(0);
  await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);

  expect((await readFile(join(harness().folders.library, FILE))).equals(BYTES)).toBe(true);
  expect(harness().pageErrors).toEqual([]);
});
