// What a reporter sees of the workspace's layout: whether the page is wider than the window, where
// the status bar sits, and whether any bar over the article hides a line of its text.
import type { Locator, Page } from 'playwright-core';

export const layoutUi = (page: Page) => ({
  scroller: page.locator('[data-article-scroller]'),
  statusBar: page.getByRole('contentinfo', { name: 'Status bar', exact: true }),
  panels: page.getByRole('complementary', { name: 'Article details', exact: true }).first(),
  tab: (name: string): Locator => page.getByRole('tab', { name, exact: true }),
  tabPanel: (name: string): Locator => page.getByRole('tabpanel', { name, exact: true }),
  moreActions: page.getByRole('button', { name: 'More actions', exact: true }),
  menuItem: (name: string): Locator => page.getByRole('menuitem', { name, exact: true }),
  showLibrary: page.getByRole('button', { name: 'Show library', exact: true }),
});

/** How far the page is wider than the window, in pixels (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      document.documentElement.scrollWidth - window.innerWidth,
      document.body.scrollWidth - window.innerWidth,
    ),
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box on screen.`);
  return box;
}

/** Scrolls the article's scrolling area to a position (a number of pixels, or 'end'). */
export async function scrollArticle(page: Page, to: number | 'end'): Promise<number> {
  return layoutUi(page).scroller.evaluate((scroller, top) => {
    scroller.scrollTop = top === 'end' ? scroller.scrollHeight : top;
    return scroller.scrollTop;
  }, to);
}

/**
 * Every bar over the article (the ones marked data-covers inside the scrolling area) and the status
 * bar, probed with elementFromPoint just inside their corners and edges: each point must find the
 * bar itself, never the body's text. Above a bar stuck at the top, nothing of the text may show
 * between it and the scrolling area's top edge; the scrolling area must end above the status bar.
 * Returns what went wrong, in words, and how many bars had body text passing under them.
 */
export function barsOverText(page: Page): Promise<{ problems: string[]; barsOverBody: number }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.querySelector<HTMLElement>('[data-article-scroller]')!;
    const body = scroller.querySelector('.ProseMirror')!;
    const status = document.querySelector<HTMLElement>('footer[aria-label="Status bar"]')!;
    const area = scroller.getBoundingClientRect();
    const describe = (element: Element | null) =>
      element ? `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}` : 'nothing';
    const inBody = (element: Element | null) => element !== null && body.contains(element);
    let barsOverBody = 0;

    const bars = [...scroller.querySelectorAll<HTMLElement>('[data-covers]'), status];
    for (const bar of bars) {
      const box = bar.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(bar).visibility === 'hidden') continue;
      const name = bar === status ? 'the status bar' : `the ${bar.dataset.covers} bar ${describe(bar)}`;
      const inset = 3;
      const xs = [box.left + inset, box.left + box.width / 2, box.right - inset];
      const ys = [box.top + inset, box.top + box.height / 2, box.bottom - inset];
      for (const x of xs)
        for (const y of ys) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !bar.contains(hit)) problems.push(`${name}: at (${x}, ${y}) ${describe(hit)} shows through`);
        }
      const bodyBox = body.getBoundingClientRect();
      if (bar !== status && bodyBox.top < box.bottom && bodyBox.bottom > box.top) barsOverBody++;
      if (bar.dataset.covers === 'top') {
        for (let y = Math.ceil(area.top); y < box.top; y++)
          for (const x of xs)
            if (inBody(document.elementFromPoint(x, y))) problems.push(`${name}: body text shows above it at y=${y}`);
      }
    }
    if (area.bottom > status.getBoundingClientRect().top + 0.5)
      problems.push(
        `the scrolling area ends at ${area.bottom}, under the status bar at ${status.getBoundingClientRect().top}`,
      );
    return { problems, barsOverBody };
  });
}
