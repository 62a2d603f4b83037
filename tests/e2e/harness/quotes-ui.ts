// The quotes and sources UI's names (issue 4): the Sources and Quotes panels, the underlines in
// the body, the one-click attribution and the answer to a question about a speaker (issue 14), and
// what a copy out of the body puts on the clipboard.
import type { Locator, Page } from 'playwright-core';
import { ui } from './ui';

export const quotesUi = (page: Page) => {
  const sourceDialog = page.getByRole('dialog', { name: 'Source', exact: true });
  return {
    /** Detected quotations nobody has attributed yet. */
    suggestions: ui(page).body.locator('.quote-suggestion'),
    /** Quotations marked in the body. */
    marked: ui(page).body.locator('.quote'),
    /** A speaker offered in one click. */
    attributeTo: (name: string): Locator => page.getByRole('button', { name: `Attribute to ${name}`, exact: true }),
    /** The yes to a speaker asked about as a question ("Ana Ruiz?"), as the popup words it. */
    yesTo: (name: string): Locator => page.getByRole('button', { name: `Yes, ${name}`, exact: true }),
    sourceAction: (action: 'Edit' | 'Copy' | 'Remove', name: string): Locator =>
      page.getByRole('button', { name: `${action} ${name}`, exact: true }),
    sourceDialog,
    sourceField: (label: string): Locator => sourceDialog.getByLabel(label, { exact: true }),
    jumpToQuote: page
      .getByRole('region', { name: 'Quotes', exact: true })
      .getByRole('button', { name: 'Jump to quote' }),
  };
};

/** Brings the Sources or Quotes panel into view (it may sit behind a tab) and returns it. */
export async function showPanel(page: Page, name: 'Sources' | 'Quotes'): Promise<Locator> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.count()) > 0) await tab.click();
  const panel = page.getByRole('region', { name, exact: true });
  await panel.waitFor();
  return panel;
}

/**
 * Answers "Yes, <name>" in the Quotes tab to every quotation asked about as that speaker's
 * ("Jens Stoltenberg?"), one by one as a reporter does; returns how many were answered.
 */
export async function confirmSpeaker(page: Page, name: string): Promise<number> {
  const panel = await showPanel(page, 'Quotes');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const yes = panel.getByRole('button', { name: new RegExp(`^Yes, ${escaped}\\s*— `) });
  const asked = await yes.count();
  for (let left = asked; left > 0; left--) {
    await yes.first().click();
    await yes.nth(left - 1).waitFor({ state: 'detached' });
  }
  return asked;
}

/** Clicks into the middle of a line of an element's text that is really visible, putting the cursor inside it. */
export async function clickInto(page: Page, element: Locator): Promise<void> {
  const line = await element.evaluate((node) => {
    node.scrollIntoView({ block: 'center' });
    // A line can sit under the sticky counts bar or another overlay: click one the reporter can see.
    for (const rect of node.getClientRects()) {
      const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      const hit = document.elementFromPoint(point.x, point.y);
      if (hit && (hit === node || node.contains(hit))) return point;
    }
    return null;
  });
  if (!line) throw new Error('No line of the element is visible to click into.');
  await page.mouse.click(line.x, line.y);
}

export interface CopiedText {
  plain: string;
  html: string;
}

/** Selects all of the body and copies it with the keyboard; returns what the copy put on the clipboard. */
export async function copyWholeBody(page: Page): Promise<CopiedText> {
  await ui(page).body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate(() => {
    const holder = window as unknown as { __bylineCopied?: CopiedText };
    delete holder.__bylineCopied;
    // Bubbling to the document runs after the editor's own copy handler has filled the clipboard.
    document.addEventListener(
      'copy',
      (event) => {
        holder.__bylineCopied = {
          plain: event.clipboardData?.getData('text/plain') ?? '',
          html: event.clipboardData?.getData('text/html') ?? '',
        };
      },
      { once: true },
    );
  });
  await page.keyboard.press('ControlOrMeta+C');
  await page.waitForFunction(() => (window as unknown as { __bylineCopied?: CopiedText }).__bylineCopied !== undefined);
  return page.evaluate(() => (window as unknown as { __bylineCopied: CopiedText }).__bylineCopied);
}

/** What a button that copies through the async clipboard (navigator.clipboard) put there. */
export async function clipboardAfter(page: Page, copy: () => Promise<void>): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const before = 'nothing copied yet';
  await page.evaluate((text) => navigator.clipboard.writeText(text), before);
  await copy();
  await page.waitForFunction(async (text) => (await navigator.clipboard.readText()) !== text, before);
  return page.evaluate(() => navigator.clipboard.readText());
}
