// How the workspace fits the window. From 900 px wide the library is a column, below that an icon
// rail whose button opens it over the article; from 1200 px the side panel is a column, below that
// a drawer over the article from its tab rail. What the reporter chooses (Ctrl/Cmd+\, the rail's
// buttons, Hide panel) holds until the window crosses one of those widths, where the default for
// the new width takes over, as Word's panes do.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/** Below this width the library is a rail of icons. */
export const LIBRARY_RAIL_QUERY = '(max-width: 899.98px)';
/** Below this width the side panel opens over the article instead of beside it. */
export const PANEL_DRAWER_QUERY = '(max-width: 1199.98px)';

export type PartLayout = 'column' | 'rail' | 'drawer';

export interface CollapsiblePart {
  /** Open: a column on a wide window, a drawer over the article on a narrow one. */
  open: boolean;
  /** True where the open part lays over the article rather than beside it. */
  overlay: boolean;
  layout: PartLayout;
  setOpen: (open: boolean) => void;
}

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false);
}

function useCollapsible(narrowQuery: string): CollapsiblePart {
  const narrow = useMediaQuery(narrowQuery);
  const [choice, setChoice] = useState<boolean | null>(null);
  const [choiceMadeNarrow, setChoiceMadeNarrow] = useState(narrow);
  // Crossing the width forgets the choice for good, so coming back gives that width's default.
  if (choiceMadeNarrow !== narrow) {
    setChoiceMadeNarrow(narrow);
    setChoice(null);
  }
  const open = choice ?? !narrow;
  const setOpen = useCallback((next: boolean) => setChoice(next), []);
  return { open, overlay: narrow, layout: !open ? 'rail' : narrow ? 'drawer' : 'column', setOpen };
}

export function useWorkspaceLayout(): { library: CollapsiblePart; panel: CollapsiblePart } {
  const library = useCollapsible(LIBRARY_RAIL_QUERY);
  const panel = useCollapsible(PANEL_DRAWER_QUERY);
  const { open: libraryOpen, setOpen: setLibraryOpen } = library;

  useEffect(() => {
    // Ctrl/Cmd+\ shows and hides the library, as it does the sidebar in many editors.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === '\\') {
        event.preventDefault();
        setLibraryOpen(!libraryOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [libraryOpen, setLibraryOpen]);

  return { library, panel };
}
