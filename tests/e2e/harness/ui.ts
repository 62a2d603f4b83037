// The UI contract's accessible names, in one place: the tests drive Byline only through these,
// as a reporter (or a screen reader) would.
import type { Locator, Page } from 'playwright-core';

export const ui = (page: Page) => ({
  library: page.getByRole('navigation', { name: 'Library' }),
  search: page.getByLabel('Search articles'),
  newArticle: page.getByRole('button', { name: 'New article', exact: true }),
  articles: page.getByRole('listbox', { name: 'Articles' }),
  article: (text: string): Locator =>
    page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: text }),
  // Exact and by role: "Headline length" and "Slug follows headline" carry the word too.
  headline: page.getByRole('textbox', { name: 'Headline', exact: true }),
  body: page.getByRole('textbox', { name: 'Article body' }),
  saveState: page.getByRole('status', { name: 'Save state' }),
  alert: page.getByRole('alert'),
  dialog: (name: string): Locator => page.getByRole('dialog', { name }),
  button: (name: string, within: Locator | Page = page): Locator => within.getByRole('button', { name, exact: true }),
});

/** Waits until the save state reads exactly `text` ("Saved", "Unsaved changes", …). */
export async function waitForSaveState(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const state = ui(page).saveState;
  await state.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const current = ((await state.textContent()) ?? '').trim();
    if (typeof text === 'string' ? current === text : text.test(current)) return;
    if (Date.now() > deadline) throw new Error(`The save state stayed "${current}", expected ${String(text)}.`);
    await page.waitForTimeout(50);
  }
}

/** Types into the body at its end, with real key events. */
export async function typeInBody(page: Page, text: string, delay = 0): Promise<void> {
  const body = ui(page).body;
  await body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay });
}

/** Replaces the headline by typing, with real key events. */
export async function typeHeadline(page: Page, text: string): Promise<void> {
  const headline = ui(page).headline;
  await headline.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The newsroom editor's names (issue 3): the article head, details panel, toolbar, find bar, counts, settings. */
export const editorUi = (page: Page) => {
  const details = page.getByRole('complementary', { name: 'Article details' });
  const find = page.getByRole('search', { name: 'Find and replace' });
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const field = (name: string, within: Locator | Page = page): Locator => within.getByLabel(name, { exact: true });
  return {
    kicker: field('Kicker'),
    headline: ui(page).headline,
    headlineLength: field('Headline length'),
    deck: field('Deck'),
    details,
    section: field('Section', details),
    bylines: details.getByRole('group', { name: 'Bylines' }),
    bylineNames: details.getByLabel(/^Byline \d+ name$/),
    bylineName: (n: number): Locator => field(`Byline ${n} name`, details),
    bylineRole: (n: number): Locator => field(`Byline ${n} role`, details),
    addByline: details.getByRole('button', { name: 'Add byline', exact: true }),
    dateline: field('Dateline', details),
    datelineTimeZone: field('Dateline time zone', details),
    tags: field('Tags', details),
    slug: field('Slug', details),
    slugFollowsHeadline: details.getByRole('checkbox', { name: 'Slug follows headline', exact: true }),
    lengthTarget: field('Length target (words)', details),
    internalNote: field('Internal note', details),
    toolbar: page.getByRole('toolbar', { name: 'Formatting' }),
    tool: (name: string): Locator =>
      page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true }),
    /** The paragraph-style menu button; its name carries the style under the cursor ("Paragraph style: Heading 2"). */
    paragraphStyle: page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: /^Paragraph style/ }),
    styleOption: (name: string): Locator => page.getByRole('menuitemradio', { name, exact: true }),
    linkPopover: page.getByRole('dialog', { name: 'Link' }),
    linkAddress: page.getByRole('dialog', { name: 'Link' }).getByLabel('Link address', { exact: true }),
    find,
    findInput: field('Find', find),
    replaceWith: field('Replace with', find),
    matchCount: find.getByLabel('Match count', { exact: true }),
    // In the status bar at the window's foot.
    counts: page.getByRole('contentinfo', { name: 'Status bar' }).getByRole('group', { name: 'Counts' }),
    settingsButton: page.getByRole('button', { name: 'Settings', exact: true }),
    settings,
    theme: field('Theme', settings),
    focusMode: page.getByRole('button', { name: 'Focus mode', exact: true }),
  };
};

/** Pastes HTML into the body as the browser does on Ctrl/Cmd+V: a real paste event carrying text/html. */
export async function pasteHtml(page: Page, html: string, plain = ''): Promise<void> {
  await ui(page).body.evaluate(
    (editor, [markup, text]) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', markup!);
      clipboardData.setData('text/plain', text!);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    [html, plain] as const,
  );
}

/** The body as the reader sees it: one entry per top-level block, its element name and its text. */
export async function bodyBlocks(page: Page): Promise<{ tag: string; text: string }[]> {
  return ui(page).body.evaluate((editor) =>
    [...editor.children].map((block) => ({ tag: block.tagName.toLowerCase(), text: block.textContent ?? '' })),
  );
}

/** Opens the article from the library list and waits until its headline is in the editor. */
export async function openArticle(page: Page, headline: string, timeout = 15_000): Promise<void> {
  await ui(page).article(headline).click({ timeout });
  const field = editorUi(page).headline;
  const deadline = Date.now() + timeout;
  while ((await field.inputValue({ timeout })) !== headline) {
    if (Date.now() > deadline) throw new Error(`The article "${headline}" did not open in the editor.`);
    await page.waitForTimeout(50);
  }
}

/** Types a subhead and a two-item bulleted list with the toolbar, then leaves the list (Enter twice). */
export async function typeSubheadAndList(page: Page): Promise<void> {
  const editor = editorUi(page);
  const keyboard = page.keyboard;
  await editor.paragraphStyle.click();
  await editor.styleOption('Heading 2').click();
  await keyboard.type('What the money buys');
  await keyboard.press('Enter');
  await editor.tool('Bulleted list').click();
  await keyboard.type('A new wall along the quay');
  await keyboard.press('Enter');
  await keyboard.type('Two cranes for the fish market');
  await keyboard.press('Enter');
  await keyboard.press('Enter');
}
