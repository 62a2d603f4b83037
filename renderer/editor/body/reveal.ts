// Brings a target in the article (a find match, a quotation jumped to, the caret) fully into view:
// inside the article's scroller and clear of every bar that sits over it. A bar says it covers the
// story with data-covers="top" or "bottom" (the sticky toolbar and find bar, the docked status bar);
// "inside the scrolling area" is not enough, since a match under the status bar is not seen.

/** The article's scroller carries this attribute; anything else falls back to the nearest scrollable ancestor. */
export const ARTICLE_SCROLLER_SELECTOR = '[data-article-scroller]';
export const COVERS_SELECTOR = '[data-covers]';
/** Room left between the target and a bar or edge, so the line is read, not just uncovered. */
export const REVEAL_MARGIN = 12;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RevealOptions {
  /**
   * 'center' puts a target that is out of view in the middle of what is visible, as Word and Docs
   * do for a find match or a jump; 'nearest' scrolls as little as it can (the caret while typing).
   * 'auto' centres far targets and nudges near ones. Default 'auto'.
   */
  block?: 'center' | 'nearest' | 'auto';
  margin?: number;
}

export function articleScroller(from: Element): HTMLElement | null {
  const marked = from.closest<HTMLElement>(ARTICLE_SCROLLER_SELECTOR);
  if (marked) return marked;
  for (let node = from.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * What of the scroller the reporter can read: its box within the window, less every bar that
 * covers it. A sticky bar counts where it sticks, not where it happens to sit before it sticks.
 */
export function visibleBox(scroller: HTMLElement | null, target?: Box): Box {
  const whole = scroller
    ? scroller.getBoundingClientRect()
    : { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth };
  const box: Box = {
    top: Math.max(whole.top, 0),
    bottom: Math.min(whole.bottom, window.innerHeight),
    left: whole.left,
    right: whole.right,
  };
  const across = target ?? box;
  const outer = { ...box };
  for (const cover of document.querySelectorAll<HTMLElement>(COVERS_SELECTOR)) {
    const side = cover.dataset.covers;
    const rect = cover.getBoundingClientRect();
    if (rect.height === 0 || rect.right <= across.left || rect.left >= across.right) continue;
    const style = getComputedStyle(cover);
    if (style.visibility === 'hidden') continue;
    const sticky = style.position === 'sticky';
    if (side === 'top') {
      const edge = sticky ? outer.top + (parseFloat(style.top) || 0) + rect.height : rect.bottom;
      if (rect.top < outer.bottom && edge > box.top) box.top = edge;
    } else if (side === 'bottom') {
      const edge = sticky ? outer.bottom - (parseFloat(style.bottom) || 0) - rect.height : rect.top;
      if (rect.bottom > outer.top && edge < box.bottom) box.bottom = edge;
    }
  }
  return box;
}

/** True when the rectangle lies within the readable part of the box, margin included. */
export function isFullyVisible(rect: Box, box: Box, margin = 0): boolean {
  return rect.top >= box.top + margin && rect.bottom <= box.bottom - margin;
}

/**
 * How far to scroll (positive: down) so `rect` lands inside `box`. Zero when it is there already.
 * A target taller than the box shows its top.
 */
export function scrollDelta(rect: Box, box: Box, options: RevealOptions = {}): number {
  const margin = Math.min(options.margin ?? REVEAL_MARGIN, Math.max(0, (box.bottom - box.top) / 4));
  if (isFullyVisible(rect, box, margin)) return 0;
  const room = box.bottom - box.top - 2 * margin;
  const height = rect.bottom - rect.top;
  if (height >= room) return rect.top - (box.top + margin);
  const block = options.block ?? 'auto';
  // A target within a few lines of the edge is nudged (the caret typing past the last line); one
  // further away is centred, so the reporter sees the text around what they jumped to.
  const near = Math.max(height * 3, 48);
  const far = rect.bottom < box.top + margin - near || rect.top > box.bottom - margin + near;
  if (block === 'center' || (block === 'auto' && far)) {
    return (rect.top + rect.bottom) / 2 - (box.top + box.bottom) / 2;
  }
  return rect.top < box.top + margin ? rect.top - (box.top + margin) : rect.bottom - (box.bottom - margin);
}

/**
 * Scrolls the scroller that holds `within` until `rect` (in window coordinates) is fully visible.
 * Returns true when it scrolled.
 */
export function revealRect(rect: Box, within: Element, options: RevealOptions = {}): boolean {
  const scroller = articleScroller(within);
  const delta = scrollDelta(rect, visibleBox(scroller, rect), options);
  if (Math.abs(delta) < 1) return false;
  const target = scroller ?? document.scrollingElement;
  if (!target) return false;
  target.scrollTop += delta;
  return true;
}

/** The smallest box around several rectangles: a match that decorations split into several parts. */
export function unionOf(rects: Iterable<Box>): Box | null {
  let union: Box | null = null;
  for (const rect of rects) {
    if (rect.bottom - rect.top === 0 && rect.right - rect.left === 0) continue;
    union = union
      ? {
          top: Math.min(union.top, rect.top),
          bottom: Math.max(union.bottom, rect.bottom),
          left: Math.min(union.left, rect.left),
          right: Math.max(union.right, rect.right),
        }
      : { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  }
  return union;
}

const SETTLE_FRAMES = 4;

/**
 * Reveals what `measure` returns and measures again for a few frames: a jump to a far part of a long
 * article lays out the blocks around it, whose real heights differ from what the browser assumed
 * (content-visibility), so the target drifts until layout settles.
 */
export function revealSettling(
  measure: () => { rect: Box; within: Element } | null,
  options: RevealOptions = {},
  frames = SETTLE_FRAMES,
): void {
  const target = measure();
  if (!target) return;
  const scrolled = revealRect(target.rect, target.within, options);
  if (scrolled && frames > 1 && typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => revealSettling(measure, options, frames - 1));
  }
}
