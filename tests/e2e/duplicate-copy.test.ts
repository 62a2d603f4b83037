// Two files carrying one article id (issue 10, item 10): a sync client kept the copy corrected on
// another laptop beside the article, which was saved later and so keeps the id. The copy opens
// read-only with a banner that says why and offers what it says: Keep as a separate article, after
// which it is editable and still holds its corrections and publication record, in its own file.
// Screenshots of the banner at 1200×800 in light and dark; axe is clean in both.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { newArticle, type Article } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import { rootFlag } from './harness/appearance';
import { seriousViolations } from './harness/axe';
import { datesUi, showTab } from './harness/dates-ui';
import { articlesOnDisk } from './harness/library-files';
import { openArticle, ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

const ORIGINAL = 'harbour-reopens.byline.json';
const CONFLICTED = "harbour-reopens (Amina's conflicted copy 2025-03-14).byline.json";
const HEADLINE = 'Harbour reopens after the storm';
const COPY_HEADLINE = 'Harbour reopens after the storm, as corrected on the laptop';

function corrected(base: Article): Article {
  return {
    ...base,
    headline: COPY_HEADLINE,
    status: 'published',
    publishedAt: '2025-03-14T08:00:00+01:00',
    updatedAt: '2025-03-14T10:00:00+01:00',
    savedAt: '2025-03-14T09:05:00.000Z',
    updates: [
      {
        id: 'u1',
        kind: 'correction',
        at: '2025-03-14T10:00:00+01:00',
        note: 'The ferry leaves at noon, not at ten.',
        by: 'Amina Rahim',
      },
    ],
    publishStamps: [
      {
        id: 'p1',
        kind: 'published',
        publishedAt: '2025-03-14T08:00:00+01:00',
        previous: null,
        stampedAt: '2025-03-14T08:00:00+01:00',
        by: 'Amina Rahim',
        reason: null,
        override: null,
      },
    ],
  };
}

let copyBytes: Buffer;
const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: async (library) => {
    const base: Article = {
      ...newArticle({
        id: 'harbour-article-01',
        slug: 'harbour-reopens',
        headline: HEADLINE,
        now: '2025-03-14T06:40:00.000Z',
      }),
      bylines: [{ name: 'Amina Rahim', role: 'Staff reporter' }],
      dateline: { place: 'PORTHAVEN', timeZone: 'Europe/London' },
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'The first ferry left the harbour at noon, two days after the storm closed it.' },
            ],
          },
        ],
      },
    };
    await writeFile(join(library, ORIGINAL), serializeArticle({ ...base, savedAt: '2025-03-14T09:30:00.000Z' }));
    copyBytes = Buffer.from(serializeArticle(corrected(base)));
    await writeFile(join(library, CONFLICTED), copyBytes);
  },
});

test('a conflicted copy opens read-only, says which file keeps the id and why, and Keep as a separate article makes it editable with its corrections', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1200, height: 800 });
  await openArticle(page, COPY_HEADLINE);

  const banner = ui(page).alert.filter({ hasText: 'Read-only.' });
  await banner.waitFor();
  expect(await banner.textContent()).toContain(
    `same article id as "${ORIGINAL}", which was saved more recently, and so is the article.`,
  );
  expect(await banner.textContent()).toContain(
    'Keep it as a separate article to go on working on it, or move it to the trash.',
  );
  const keep = ui(page).button('Keep as a separate article', banner);
  expect(await ui(page).headline.getAttribute('readonly')).not.toBeNull();

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    const shot = await harness().screenshot(`duplicate-copy-banner-${theme}`);
    console.log(`The copy's banner, ${theme}: ${shot} (in ${dirname(shot)})`);
    expect(await seriousViolations(page, `the copy's read-only banner, ${theme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await keep.click();
  await banner.waitFor({ state: 'detached' });
  expect(await ui(page).headline.getAttribute('readonly')).toBeNull();
  await showTab(page, 'Dates');
  await expect.poll(() => datesUi(page).updatesLog.textContent()).toContain('The ferry leaves at noon, not at ten.');

  // On disk: the very file, a new id, every other field as the laptop left it; the original untouched.
  const onDisk = await articlesOnDisk(harness().folders.library);
  const kept = onDisk.find((entry) => entry.file === CONFLICTED)!;
  expect(kept.article.id).not.toBe('harbour-article-01');
  expect(JSON.parse(kept.bytes.toString('utf8'))).toEqual({
    ...(JSON.parse(copyBytes.toString('utf8')) as object),
    id: kept.article.id,
  });
  expect(onDisk.map((entry) => entry.file).sort()).toEqual([ORIGINAL, CONFLICTED].sort());
  expect((await readFile(join(harness().folders.library, ORIGINAL), 'utf8')).includes('harbour-article-01')).toBe(true);
  expect(harness().pageErrors).toEqual([]);
});
