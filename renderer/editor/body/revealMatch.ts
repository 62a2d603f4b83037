// Scrolls the current find match into view and checks again for a few frames: a jump to a far
// match draws the blocks around it, their real heights can differ from what the browser assumed,
// and the match drifts until layout settles.
import type { Editor } from '@tiptap/core';
import { FIND_MATCH_CURRENT_CLASS } from '../../../core/find/find-state';

const MAX_FRAMES = 4;

export function revealCurrentMatch(editor: Editor, frames = MAX_FRAMES): void {
  const match = editor.view.dom.querySelector<HTMLElement>(`.${FIND_MATCH_CURRENT_CLASS}`);
  if (!match || typeof match.scrollIntoView !== 'function') return;
  if (isInView(match)) return;
  match.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (frames > 1) requestAnimationFrame(() => revealCurrentMatch(editor, frames - 1));
}

function isInView(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  const scroller = scrollParent(element);
  const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  return rect.height > 0 && rect.top >= view.top && rect.bottom <= view.bottom;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}
