// Whether something in the article is really there to read: inside the article's scroller and the
// window, and clear of every bar that says it covers the story (data-covers="top" or "bottom").
import type { Locator, Page } from 'playwright-core';

export interface Sighting {
  visible: boolean;
  target: { top: number; bottom: number };
  /** The readable band: below the lowest top bar, above the highest bottom bar, inside the scroller and window. */
  band: { top: number; bottom: number };
  /** What the page shows at the target's middle: the target itself, or the bar over it. */
  hit: string;
}

/** Every element the locator matches taken as one target (a find match split by decorations). */
export async function sighting(targets: Locator): Promise<Sighting> {
  return targets.evaluateAll((elements) => {
    const rects = elements.flatMap((element) => [...element.getClientRects()]);
    const target = {
      top: Math.min(...rects.map((rect) => rect.top)),
      bottom: Math.max(...rects.map((rect) => rect.bottom)),
      left: Math.min(...rects.map((rect) => rect.left)),
      right: Math.max(...rects.map((rect) => rect.right)),
    };
    const scroller = elements[0]?.closest('[data-article-scroller]')?.getBoundingClientRect();
    const band = {
      top: Math.max(0, scroller?.top ?? 0),
      bottom: Math.min(window.innerHeight, scroller?.bottom ?? 1e9),
    };
    for (const cover of document.querySelectorAll<HTMLElement>('[data-covers]')) {
      const rect = cover.getBoundingClientRect();
      if (rect.height === 0 || rect.right <= target.left || rect.left >= target.right) continue;
      if (cover.dataset.covers === 'top' && rect.top < band.bottom) band.top = Math.max(band.top, rect.bottom);
      if (cover.dataset.covers === 'bottom' && rect.bottom > band.top) band.bottom = Math.min(band.bottom, rect.top);
    }
    const middle = document.elementFromPoint((target.left + target.right) / 2, (target.top + target.bottom) / 2);
    const hit = !middle
      ? 'nothing'
      : elements.some((element) => element === middle || element.contains(middle) || middle.contains(element))
        ? 'target'
        : (middle.closest('[data-covers]')?.getAttribute('aria-label') ?? middle.tagName.toLowerCase());
    return {
      visible: rects.length > 0 && target.top >= band.top && target.bottom <= band.bottom && hit === 'target',
      target: { top: target.top, bottom: target.bottom },
      band,
      hit,
    };
  });
}

/** The caret's line (a collapsed selection in the body), seen the same way. */
export async function caretSighting(page: Page): Promise<Omit<Sighting, 'hit'>> {
  return page.evaluate(() => {
    const range = getSelection()!.getRangeAt(0).cloneRange();
    range.collapse(true);
    const caret = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const scroller = start?.closest('[data-article-scroller]')?.getBoundingClientRect();
    const band = {
      top: Math.max(0, scroller?.top ?? 0),
      bottom: Math.min(window.innerHeight, scroller?.bottom ?? 1e9),
    };
    for (const cover of document.querySelectorAll<HTMLElement>('[data-covers]')) {
      const rect = cover.getBoundingClientRect();
      if (rect.height === 0 || rect.right <= caret.left || rect.left >= caret.right + 1) continue;
      if (cover.dataset.covers === 'top' && rect.top < band.bottom) band.top = Math.max(band.top, rect.bottom);
      if (cover.dataset.covers === 'bottom' && rect.bottom > band.top) band.bottom = Math.min(band.bottom, rect.top);
    }
    return {
      visible: caret.height > 0 && caret.top >= band.top && caret.bottom <= band.bottom,
      target: { top: caret.top, bottom: caret.bottom },
      band,
    };
  });
}
