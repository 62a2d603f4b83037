// The disk refuses a save (a rename held by an antivirus past every retry, a full disk): the
// reporter sees "Not saved: …", the file on disk stays exactly as it was, and nothing is lost.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { articleOnDisk, articlesOnDisk } from './harness/library-files';
import type { FailureMode } from './harness/protocol';
import { typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

const LONGER_THAN_AUTOSAVE_MS = 2_600;

const harness = useHarness();

test.each<{ failure: FailureMode; headline: string }>([
  { failure: 'rename-EBUSY', headline: 'Bridge inspection delayed' },
  { failure: 'write-ENOSPC', headline: 'Library hours extended' },
])(
  'with $failure the save state says "Not saved", the file stays byte-identical, and the edit is saved once the disk recovers',
  async ({ failure, headline }) => {
    const page = harness().page;
    const { library } = harness().folders;
    await ui(page).newArticle.click();
    await typeHeadline(page, headline);
    await typeInBody(page, 'First paragraph.');
    await expect
      .poll(
        async () => (await articlesOnDisk(library)).find((entry) => entry.article.headline === headline)?.text ?? null,
        { timeout: 15_000 },
      )
      .toBe('First paragraph.');
    await waitForSaveState(page, 'Saved');
    const before = (await articlesOnDisk(library)).find((entry) => entry.article.headline === headline)!;

    harness().injectFailure(failure);
    await typeInBody(page, ' A sentence the disk refused.');

    await waitForSaveState(page, /^Not saved: .+/, 30_000);
    await page.waitForTimeout(LONGER_THAN_AUTOSAVE_MS);
    expect((await readFile(join(library, before.file))).equals(before.bytes)).toBe(true);
    await expect(page.title()).resolves.toMatch(/^• /);

    harness().injectFailure(null);
    await typeInBody(page, ' Saved at last.');
    await expect
      .poll(async () => (await articleOnDisk(library, before.article.id))?.text ?? '', { timeout: 20_000 })
      .toBe('First paragraph. A sentence the disk refused. Saved at last.');
    await waitForSaveState(page, 'Saved');
  },
);
