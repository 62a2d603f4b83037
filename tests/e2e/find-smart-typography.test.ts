// Find on smart-typed text (issue 11): with smart typography on, as it is by default, what the
// reporter types becomes “don’t”; Ctrl+F "don't" finds it, Replace changes it, the file holds it.
// The find bar's options, and an expression that is not valid, pass axe and are photographed in
// both themes.
import { expect, test } from 'vitest';
import { seriousViolations } from './harness/axe';
import { topLevelTexts } from './harness/body-json';
import { articlesOnDisk } from './harness/library-files';
import { editorUi, typeInBody, ui, waitForSaveState } from './harness/ui';
import { useHarness } from './harness/use-harness';
import { rootFlag } from './harness/appearance';

const harness = useHarness({ pageTimeoutMs: 10_000 });

/** The current match as the reporter sees it highlighted (decorations may split it). */
const currentMatch = () =>
  ui(harness().page)
    .body.locator('.find-match-current')
    .evaluateAll((parts) => parts.map((part) => part.textContent).join(''));

test(`"don't" typed in the find bar finds “don’t” in a smart-typed body, and Replace changes it`, async () => {
  const page = harness().page;
  const editor = editorUi(page);
  await ui(page).newArticle.click();
  await typeInBody(page, `"I don't know," she said -- twice... Don't ask.`);
  await expect.poll(() => ui(page).body.innerText()).toBe('“I don’t know,” she said — twice… Don’t ask.');

  await page.keyboard.press('ControlOrMeta+F');
  await expect.poll(() => editor.findInput.evaluate((input) => input === document.activeElement)).toBe(true);
  await page.keyboard.type("don't");
  await expect.poll(() => editor.matchCount.textContent()).toBe('1 of 2');
  expect(await currentMatch()).toBe('don’t');
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.matchCount.textContent()).toBe('2 of 2');
  expect(await currentMatch()).toBe('Don’t');

  // Ctrl+H puts the cursor in Find, as Word and Docs do; the replacement goes in the next field.
  await page.keyboard.press('ControlOrMeta+H');
  await editor.replaceWith.click();
  await page.keyboard.type('Do not');
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page).body.innerText()).toBe('“I don’t know,” she said — twice… Do not ask.');
  await editor.findInput.fill('said - twice...');
  await expect.poll(() => editor.matchCount.textContent()).toBe('1 of 1');
  await editor.replaceWith.fill('said, twice.');
  await ui(page).button('Replace all', editor.find).click();
  await expect.poll(() => ui(page).body.innerText()).toBe('“I don’t know,” she said, twice. Do not ask.');

  await page.keyboard.press('ControlOrMeta+S');
  await waitForSaveState(page, 'Saved');
  const [stored] = await articlesOnDisk(harness().folders.library);
  expect(topLevelTexts(stored!.article.body)).toEqual(['“I don’t know,” she said, twice. Do not ask.']);
  expect(harness().pageErrors).toEqual([]);
});

test('a regular expression replaces with its groups; one that is not valid is explained; axe is clean in both themes', async () => {
  const page = harness().page;
  const editor = editorUi(page);
  await page.setViewportSize({ width: 1200, height: 800 });
  await editor.find.getByRole('checkbox', { name: 'Regular expression' }).check();
  await editor.findInput.fill(String.raw`(\w+'t) know`);
  await expect.poll(() => editor.matchCount.textContent()).toBe('1 of 1');
  expect(await currentMatch()).toBe('don’t know');
  // $1 is the document's own text: the apostrophe stays curly.
  await editor.replaceWith.fill('$1 remember');
  await ui(page).button('Replace', editor.find).click();
  await expect.poll(() => ui(page).body.innerText()).toBe('“I don’t remember,” she said, twice. Do not ask.');

  await editor.find.getByRole('checkbox', { name: 'Whole word' }).check();
  await editor.findInput.fill('(said');
  const problem = editor.find.getByRole('status').filter({ hasText: 'Not a valid regular expression' });
  await expect.poll(() => problem.textContent()).toBe('Not a valid regular expression: unterminated group.');
  expect(await editor.findInput.getAttribute('aria-invalid')).toBe('true');
  expect(await problem.isVisible()).toBe(true);

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => rootFlag(page, 'theme')).toBe(theme);
    const shot = await harness().screenshot(`find-bar-options-${theme}`);
    console.log(`Find bar with its options and a problem, ${theme}: ${shot}`);
    expect(await seriousViolations(page, `the find bar with a problem, ${theme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});
