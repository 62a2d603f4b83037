// A file from a newer Byline with content this version does not know (issue 10, item 11): it opens
// read-only as the list promised, each unknown block, inline piece and mark shown as a placeholder
// that says what it is; the Checks tab lists each one as blocking, the export refuses it in one
// sentence, and the file is never rewritten. Screenshots in light and dark are written for a person.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { newArticle } from '../../core/article/article';
import { serializeArticle } from '../../core/article/serialize';
import { p, text, unfitDoc } from '../builders/body';
import { rootFlag } from './harness/appearance';
import { seriousViolations } from './harness/axe';
import { datesUi, showTab } from './harness/dates-ui';
import { exchangeUi, exportedFiles } from './harness/exchange-ui';
import { openArticle, ui } from './harness/ui';
import { useHarness } from './harness/use-harness';

const FILE = 'census-results.byline.json';
const HEADLINE = 'Census counts 4.2 million in the capital';
const BYTES = Buffer.from(
  serializeArticle({
    ...newArticle({
      id: 'census-article-01',
      slug: 'census-results',
      headline: HEADLINE,
      now: '2031-05-01T09:00:00.000Z',
    }),
    version: 2,
    // The schema knows neither the fact box nor the mention nor the highlight, so the body is left unchecked.
    body: unfitDoc(
      p('The statistics office published the first results on Thursday.'),
      { type: 'factBox', attrs: { tone: 'grey' }, content: [p('Population: 4.2 million. Households: 1.1 million.')] },
      p(
        'Turnout for the count was ',
        text('the highest on record', [{ type: 'highlight', attrs: { colour: 'yellow' } }]),
        ', said ',
        { type: 'mention', attrs: { id: 'p1' }, content: [text('Ana Karimi')] },
        '.',
      ),
    ),
  }),
);

const harness = useHarness({
  pageTimeoutMs: 15_000,
  prepareLibrary: (library) => writeFile(join(library, FILE), BYTES),
});

test('a newer file opens read-only with a placeholder for each unknown piece; the check blocks it and the export refuses it', async () => {
  const page = harness().page;
  await page.setViewportSize({ width: 1200, height: 800 });
  await openArticle(page, HEADLINE);

  const banner = ui(page).alert.filter({ hasText: /newer version of Byline/ });
  await banner.waitFor();
  expect(await banner.textContent()).toMatch(
    /opens read-only: what this version does not know \(factBox, highlight, mention\) is shown as placeholders, and it cannot be exported\./,
  );
  const body = ui(page).body;
  await expect(body.getAttribute('contenteditable')).resolves.toBe('false');
  await expect(body.innerText()).resolves.toContain('The statistics office published the first results on Thursday.');
  const block = body.locator('.newer-content');
  await expect(block.innerText()).resolves.toMatch(
    /^Fact box: content from a newer version of Byline, shown here only as this placeholder\s+Population: 4\.2 million\. Households: 1\.1 million\.$/,
  );
  await expect(body.locator('.newer-content-inline').innerText()).resolves.toBe('[Ana Karimi]');
  await expect(body.locator('.newer-content-mark').innerText()).resolves.toBe('the highest on record');
  await expect(body.locator('.newer-content-mark').getAttribute('title')).resolves.toBe(
    'content from a newer version of Byline (highlight)',
  );
  expect(await seriousViolations(page, 'a newer article with placeholders')).toEqual([]);

  // The last paragraph in view shows all three kinds of placeholder at once.
  await body.locator('.newer-content-inline').scrollIntoViewIfNeeded();
  await expect.poll(() => rootFlag(page, 'theme')).toBe('light');
  const light = await harness().screenshot('newer-content-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootFlag(page, 'theme')).toBe('dark');
  expect(await seriousViolations(page, 'a newer article with placeholders, dark')).toEqual([]);
  const dark = await harness().screenshot('newer-content-dark');
  console.log(`Placeholder screenshots in ${dirname(light)}: ${light}, ${dark}`);
  await page.emulateMedia({ colorScheme: 'light' });

  // The check agrees: every placeholder stops publication.
  await showTab(page, 'Checks');
  await expect
    .poll(() => datesUi(page).problems.allTextContents())
    .toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'The body holds content from a newer version of Byline (fact box), shown only as a placeholder',
        ),
      ]),
    );
  const newer = (await datesUi(page).problems.allTextContents()).filter((problem) =>
    problem.includes('newer version of Byline'),
  );
  expect(newer).toHaveLength(3);

  // The export agrees: one sentence, and no page written.
  await harness().sendMenuCommand('exportArticle');
  const exchange = exchangeUi(page);
  const dialog = exchange.dialog('Export article');
  await exchange.button('Choose folder…', dialog).click();
  await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain(harness().folders.exports);
  await exchange.button('Export', dialog).click();
  await expect
    .poll(() => dialog.getByRole('alert').textContent(), { timeout: 10_000 })
    .toMatch(
      /The article holds content from a newer version of Byline \(fact box\) that this version shows only as a placeholder; it is not exported, so that no placeholder is ever published\./,
    );
  expect((await exportedFiles(harness().folders.exports)).pages).toEqual([]);
  await exchange.button('Close', dialog).click();

  expect((await readFile(join(harness().folders.library, FILE))).equals(BYTES)).toBe(true);
  expect(harness().pageErrors).toEqual([]);
});
