// Focus mode: only the article head and body on screen. Ctrl/Cmd+. toggles it, Escape leaves it,
// and the root element carries data-focus so styles and tests can see it.
import { useCallback, useEffect, useState } from 'react';

export function useFocusMode(): { focusMode: boolean; toggleFocusMode: () => void } {
  const [focusMode, setFocusMode] = useState(false);
  const toggleFocusMode = useCallback(() => setFocusMode((on) => !on), []);

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

  return { focusMode, toggleFocusMode };
}
