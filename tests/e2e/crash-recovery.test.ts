// The machine dies mid-typing: what the reporter typed in the last seconds is offered back at the
// next start, and restoring it saves it.
import { expect, test } from 'vitest';
import { useHarness } from './harness/use-harness';
import { articleOnDisk, articlesOnDisk } from './harness/library-files';
import { typeHeadline, typeInBody, ui, waitForSaveState } from './harness/ui';

const DIALOG = 'Recover unsaved changes';
const HEADLINE = 'Storm closes coastal road';
const SAVED_BODY = 'Police closed the road at dawn.';
// About 150 characters typed at one key every 20 ms: roughly three seconds of continuous typing.
const TYPED =
  ' Waves broke over the barrier twice before noon and crews waited for the tide to turn before clearing stones from both lanes near the old pier.';

const harness = useHarness();

test('text typed before the services were killed is offered back, and Restore saves it', async () => {
  const page = harness().page;
  const { library } = harness().folders;
  await ui(page).newArticle.click();
  await typeHeadline(page, HEADLINE);
  await typeInBody(page, SAVED_BODY);
  await expect
    .poll(async () => (await articlesOnDisk(library)).map((entry) => entry.text), { timeout: 15_000 })
    .toEqual([SAVED_BODY]);
  await waitForSaveState(page, 'Saved');
  const { article } = (await articlesOnDisk(library))[0]!;

  // Keep typing while the services die under the reporter's hands.
  const typing = typeInBody(page, TYPED, 20);
  await page.waitForTimeout(2_500);
  await harness().killServices();
  await typing;

  await harness().restartServices();
  await harness().reload();

  const dialog = ui(page).dialog(DIALOG);
  await dialog.waitFor({ timeout: 15_000 });
  await expect(dialog.textContent()).resolves.toContain(HEADLINE);
  const offered = (await dialog.textContent()) ?? '';
  // The backup holds a prefix of what was typed: at least some of the continuous typing, beyond the saved text.
  const recovered = longestTypedPrefixIn(offered);
  expect(recovered.length).toBeGreaterThanOrEqual(20);

  await ui(page).button('Restore', dialog).click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(async () => (await articleOnDisk(library, article.id))?.text ?? '', { timeout: 15_000 })
    .toContain(SAVED_BODY + recovered);
  await waitForSaveState(page, 'Saved');
  await expect.poll(() => ui(page).body.innerText()).toContain(recovered.trim());
});

function longestTypedPrefixIn(text: string): string {
  let length = 0;
  while (length < TYPED.length && text.includes(SAVED_BODY + TYPED.slice(0, length + 1))) length++;
  return TYPED.slice(0, length);
}
