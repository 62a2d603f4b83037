// Unreadable article files: each is listed with its reason, shows it when selected, and is never
// rewritten, however long it stays selected. A file from a newer Byline opens read-only.
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../core/article/format';
import { readArticle } from '../../core/article/read';
import { Harness } from './harness/harness';
import { articleFileText } from './harness/library-files';
import { typeInBody, ui } from './harness/ui';

/** Longer than the autosave delay (about a second) with room to spare. */
const LONGER_THAN_AUTOSAVE_MS = 2_600;

const valid = articleFileText({
  id: 'valid-article-0001',
  headline: 'Ferry strike ends',
  paragraphs: ['Crews return on Monday.'],
});
const unknownNode = JSON.parse(valid) as { body: { content: unknown[] } };
unknownNode.body.content.push({ type: 'video', attrs: { src: 'https://example.com/clip.mp4' } });

/** Each bad file, with what the reason shown must contain. */
const BAD_FILES: { file: string; bytes: Buffer; reason: RegExp }[] = [
  { file: 'empty.byline.json', bytes: Buffer.alloc(0), reason: reasonOf(Buffer.alloc(0)) },
  {
    file: 'truncated.byline.json',
    bytes: Buffer.from(valid.slice(0, valid.length / 2)),
    reason: reasonOf(Buffer.from(valid.slice(0, valid.length / 2))),
  },
  {
    file: 'binary.byline.json',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    reason: /binary/i,
  },
  {
    file: 'no-headline.byline.json',
    bytes: Buffer.from(valid.replace('"headline": "Ferry strike ends"', '"headline": 42')),
    reason: /headline/,
  },
  {
    file: 'unknown-content.byline.json',
    bytes: Buffer.from(JSON.stringify(unknownNode, null, 2)),
    reason: /cannot edit without losing it/,
  },
  { file: 'huge.byline.json', bytes: Buffer.alloc(MAX_ARTICLE_BYTES + 1024, 0x20), reason: /MB/ },
];
const NEWER = {
  file: 'from-the-future.byline.json',
  bytes: Buffer.from(
    articleFileText({
      id: 'newer-article-0001',
      headline: 'Written by Byline 2',
      paragraphs: ['From a newer release.'],
      version: 2,
    }),
  ),
};
const SYMLINK = 'outside.byline.json';

function reasonOf(bytes: Buffer): RegExp {
  const read = readArticle(bytes);
  if (read.ok) throw new Error('the fixture was meant to be unreadable');
  return new RegExp(read.problem.message.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

let harness: Harness;
let outsideTarget: string;

beforeAll(async () => {
  harness = await Harness.start({
    prepareLibrary: async (library, root) => {
      for (const { file, bytes } of [...BAD_FILES, NEWER]) await writeFile(join(library, file), bytes);
      const outside = join(root, 'outside');
      await mkdir(outside, { recursive: true });
      outsideTarget = join(outside, 'secret.byline.json');
      await writeFile(
        outsideTarget,
        articleFileText({ id: 'outside-article-01', headline: 'Not in the library', paragraphs: ['Private.'] }),
      );
      await symlink(outsideTarget, join(library, SYMLINK));
    },
  });
});

afterAll(async () => {
  await harness?.stop();
});

describe('unreadable files', () => {
  test.each(BAD_FILES)(
    '$file is listed with its reason, shows it when selected and stays byte-identical',
    async ({ file, bytes, reason }) => {
      const page = harness.page;
      const item = ui(page).article(file);
      await item.waitFor({ timeout: 15_000 });
      expect(await item.textContent()).toMatch(reason);

      await item.click();
      const alert = ui(page).alert.filter({ hasText: reason });
      await alert.waitFor();
      await ui(page).button('Show in folder', alert).waitFor();
      await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);

      expect((await readFile(join(harness.folders.library, file))).equals(bytes)).toBe(true);
    },
  );

  test('a symlink out of the library is listed as unreadable, and neither it nor its target changes', async () => {
    const page = harness.page;
    const before = await readFile(outsideTarget);
    const item = ui(page).article(SYMLINK);
    await item.waitFor({ timeout: 15_000 });
    await item.click();
    const alert = ui(page).alert.filter({ hasText: /outside|library/i });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.not.toContain('Private.');
    await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);

    expect((await lstat(join(harness.folders.library, SYMLINK))).isSymbolicLink()).toBe(true);
    expect((await readFile(outsideTarget)).equals(before)).toBe(true);
  });

  test('"Show in folder" shows the file inside the library', async () => {
    const page = harness.page;
    await ui(page).article('empty.byline.json').click();
    await ui(page).button('Show in folder', ui(page).alert).click();
    await expect
      .poll(() => harness.hostCalls.filter((call) => call.call === 'showInFolder').map((call) => call.argument))
      .toEqual([join(harness.folders.library, 'empty.byline.json')]);
  });
});

test('a file from a newer Byline opens read-only with its banner and is never saved', async () => {
  const page = harness.page;
  const item = ui(page).article('Written by Byline 2');
  await item.waitFor({ timeout: 15_000 });
  await item.click();

  await ui(page)
    .alert.filter({ hasText: /newer version of Byline/ })
    .waitFor();
  await expect.poll(() => ui(page).body.innerText()).toContain('From a newer release.');
  await expect(ui(page).body.getAttribute('contenteditable')).resolves.toBe('false');

  await typeInBody(page, ' an attempted edit');
  await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);

  await expect(ui(page).body.innerText()).resolves.not.toContain('an attempted edit');
  expect((await readFile(join(harness.folders.library, NEWER.file))).equals(NEWER.bytes)).toBe(true);
});
