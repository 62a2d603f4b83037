// Where the attribution popup sits: just under the line the caret is on (above it when the line is
// near the bottom), inside the part of the article the reporter can read. When that line scrolls
// under the toolbar or the status bar, or out of the article, the popup hides with it rather than
// floating over the bars. Written straight to the element's style: moving it as the reporter types
// or scrolls costs React nothing.
import type { EditorView } from '@tiptap/pm/view';
import { articleScroller, visibleBox, type Box } from '../editor/body/reveal';

const GAP = 6;
const EDGE = 4;

export interface Placement {
  top: number;
  left: number;
}

/** Pure: where a popup of `size` goes for a caret line `line` within `box`; null when it cannot be seen. */
export function placement(
  line: Box,
  size: { width: number; height: number },
  box: Box,
  viewWidth: number,
): Placement | null {
  if (line.bottom <= box.top || line.top >= box.bottom) return null;
  const below = line.bottom + GAP;
  const above = line.top - GAP - size.height;
  let top: number;
  if (below + size.height <= box.bottom) top = below;
  else if (above >= box.top) top = above;
  else return null;
  const right = Math.min(box.right, viewWidth) - EDGE - size.width;
  const left = Math.max(Math.min(line.left, right), box.left + EDGE);
  return { top, left };
}

function caretLine(view: EditorView): Box | null {
  try {
    const { head } = view.state.selection;
    const coords = view.coordsAtPos(head, -1);
    return { top: coords.top, bottom: coords.bottom, left: coords.left, right: coords.right };
  } catch {
    return null;
  }
}

/** Moves (or hides) the popup to follow the caret. Without layout (a test's document) it is left where it is. */
export function placeOffer(popup: HTMLElement, view: EditorView): void {
  const line = caretLine(view);
  if (!line || (line.top === 0 && line.bottom === 0)) return;
  const box = visibleBox(articleScroller(view.dom), line);
  const where = placement(line, { width: popup.offsetWidth, height: popup.offsetHeight }, box, window.innerWidth);
  if (!where) {
    popup.style.visibility = 'hidden';
    return;
  }
  popup.style.visibility = '';
  popup.style.top = `${where.top}px`;
  popup.style.left = `${where.left}px`;
  // position: fixed is relative to the window unless an ancestor makes itself the containing block
  // (a transform, a filter, containment): measure once and correct by what is off.
  const actual = popup.getBoundingClientRect();
  const dx = where.left - actual.left;
  const dy = where.top - actual.top;
  if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) {
    popup.style.top = `${where.top + dy}px`;
    popup.style.left = `${where.left + dx}px`;
  }
}
