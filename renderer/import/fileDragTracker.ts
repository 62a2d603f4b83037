// Whether a file is being dragged over the window, told by an attribute on the root element that
// the drop overlay's style reads. Drag events fire on every element the pointer crosses, so enters
// and leaves are counted; a drag that leaves the window without a last "dragleave" (some systems
// skip it) is ended when no "dragover" came for a moment.
export const FILE_DRAG_ATTRIBUTE = 'data-file-drag';
const STALE_MS = 400;

export function fileDragTracker(root: HTMLElement) {
  let depth = 0;
  let stale: ReturnType<typeof setTimeout> | null = null;
  const show = (on: boolean) => {
    if (on) root.setAttribute(FILE_DRAG_ATTRIBUTE, 'on');
    else root.removeAttribute(FILE_DRAG_ATTRIBUTE);
  };
  const reset = () => {
    depth = 0;
    if (stale !== null) clearTimeout(stale);
    stale = null;
    show(false);
  };
  return {
    enter() {
      depth++;
      show(true);
    },
    leave() {
      depth = Math.max(0, depth - 1);
      if (depth === 0) reset();
    },
    over() {
      show(true);
      if (stale !== null) clearTimeout(stale);
      stale = setTimeout(reset, STALE_MS);
    },
    reset,
  };
}
