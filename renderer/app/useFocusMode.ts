// Focus mode: only the article on screen. Ctrl/Cmd+. toggles it, Escape leaves it, and the root
// element carries data-focus so styles and tests can see it. The sidebar and side panel go; the
// header's buttons, the formatting toolbar and the status bar fade out and come back while the
// pointer rests at the window's top or foot edge (or where the toolbar is), as Word's ribbon does in
// its focus mode, and go again as soon as the reporter types, as in iA Writer. Their shortcuts keep
// working throughout.
import { useCallback, useEffect, useState } from 'react';

/** Which bars the pointer has brought back in focus mode. */
export type FocusReveal = 'none' | 'top' | 'bottom';

/** How close to the window's top edge (the article's actions and toolbar) the pointer brings them back. */
const TOP_EDGE_PX = 96;
/** How close to the window's foot (the status bar) the pointer brings it back. */
const FOOT_EDGE_PX = 40;

/** Whether the pointer is at the height of the formatting toolbar (hidden, it takes no pointer of its own). */
function overToolbar(y: number): boolean {
  const toolbar = document.querySelector('[role="toolbar"][data-covers="top"]')?.getBoundingClientRect();
  return toolbar !== undefined && y >= toolbar.top - 8 && y <= toolbar.bottom + 8;
}

export function useFocusMode(): { focusMode: boolean; reveal: FocusReveal; toggleFocusMode: () => void } {
  const [focusMode, setFocusMode] = useState(false);
  const [reveal, setReveal] = useState<FocusReveal>('none');
  const toggleFocusMode = useCallback(() => {
    setReveal('none');
    setFocusMode((on) => !on);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.focus = focusMode ? 'on' : 'off';
  }, [focusMode]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === '.') {
        event.preventDefault();
        toggleFocusMode();
      }
    };
    // The find bar and the link popover keep their Escape to themselves and an open dialog takes it
    // first; any other Escape (ProseMirror cancels every one typed in the body) leaves focus mode.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && focusMode && !document.querySelector('dialog[open]')) setFocusMode(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keydown', onEscape);
    };
  }, [focusMode, toggleFocusMode]);

  useEffect(() => {
    if (!focusMode) return;
    const onPointer = (event: PointerEvent) => {
      if (event.clientY <= TOP_EDGE_PX || overToolbar(event.clientY)) setReveal('top');
      else if (event.clientY >= window.innerHeight - FOOT_EDGE_PX) setReveal('bottom');
      else setReveal('none');
    };
    const onTyping = (event: KeyboardEvent) => {
      if (!event.ctrlKey && !event.metaKey && !event.altKey) setReveal('none');
    };
    window.addEventListener('pointermove', onPointer);
    window.addEventListener('keydown', onTyping);
    return () => {
      window.removeEventListener('pointermove', onPointer);
      window.removeEventListener('keydown', onTyping);
    };
  }, [focusMode]);

  return { focusMode, reveal: focusMode ? reveal : 'none', toggleFocusMode };
}
