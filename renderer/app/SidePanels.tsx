// The side panel beside the article: a rail of tabs (an icon and a one-word label each) that fits
// at every window width, and the chosen section next to it, as a column on a wide window or as a
// drawer over the article on a narrow one. The rail and the section sit in one landmark, "Article
// details", so a screen reader finds them together.
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { HistoryIcon } from '../history/HistoryIcon';
import { ReviewIcon } from '../review/ReviewIcon';
import { ChecksIcon, CollapseIcon, DatesIcon, DetailsIcon, QuotesIcon, SourcesIcon } from './icons';
import type { CollapsiblePart } from './useWorkspaceLayout';

export const SIDE_PANELS = ['Details', 'Sources', 'Quotes', 'Checks', 'Dates', 'Review', 'History'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

const ICONS: Record<SidePanel, () => ReactNode> = {
  Details: DetailsIcon,
  Sources: SourcesIcon,
  Quotes: QuotesIcon,
  Checks: ChecksIcon,
  Dates: DatesIcon,
  Review: ReviewIcon,
  History: HistoryIcon,
};

const PANEL_ID = 'side-panel';
const tabId = (panel: SidePanel) => `side-tab-${panel.toLowerCase()}`;

interface SidePanelsProps {
  part: CollapsiblePart;
  shown: SidePanel;
  /** Brings a section into view, opening the panel if it was hidden. */
  onShow: (panel: SidePanel) => void;
  /** The open article: each section starts afresh for another article. */
  articleKey: string;
  children: Record<SidePanel, (show: (panel: SidePanel) => void) => ReactNode>;
}

export function SidePanels({ part, shown, onShow, articleKey, children }: SidePanelsProps) {
  const aside = useRef<HTMLElement>(null);
  useDrawerDismissal(aside, part);

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = SIDE_PANELS.indexOf(shown);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % SIDE_PANELS.length,
      ArrowUp: (at - 1 + SIDE_PANELS.length) % SIDE_PANELS.length,
      Home: 0,
      End: SIDE_PANELS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onShow(SIDE_PANELS[next]!);
    document.getElementById(tabId(SIDE_PANELS[next]!))?.focus();
  };

  return (
    <aside ref={aside} aria-label="Article details" className="article-panels" data-layout={part.layout}>
      {part.open ? (
        <div key={articleKey} role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(shown)} className="article-panel">
          {children[shown](onShow)}
        </div>
      ) : null}
      <div className="panel-rail">
        <div role="tablist" aria-label="Article panels" aria-orientation="vertical" className="panel-tabs">
          {SIDE_PANELS.map((name) => {
            const Icon = ICONS[name];
            const selected = shown === name;
            return (
              <button
                key={name}
                id={tabId(name)}
                type="button"
                role="tab"
                aria-selected={selected}
                aria-controls={part.open && selected ? PANEL_ID : undefined}
                tabIndex={selected ? 0 : -1}
                className="panel-tab"
                data-open={part.open && selected ? 'true' : undefined}
                onClick={() => onShow(name)}
                onKeyDown={onTabKey}
              >
                <Icon />
                <span className="panel-tab-label">{name}</span>
              </button>
            );
          })}
        </div>
        <button
          type="button"
          className="rail-button panel-rail-toggle"
          aria-label={part.open ? 'Hide panel' : 'Show panel'}
          title={part.open ? 'Hide panel' : 'Show panel'}
          data-open={part.open}
          onClick={() => part.setOpen(!part.open)}
        >
          <CollapseIcon />
        </button>
      </div>
    </aside>
  );
}

/**
 * A drawer over the article closes on Escape or a click outside it, as a menu does, handing the
 * keyboard back to its tab, and when the keyboard moves to the article (Jump to quote, a check's
 * jump), so what was jumped to is not under it; a dialog opened from it keeps its own Escape and clicks.
 */
function useDrawerDismissal(aside: RefObject<HTMLElement | null>, part: CollapsiblePart) {
  const { open, overlay, setOpen } = part;
  useEffect(() => {
    if (!open || !overlay) return;
    const inDialog = (target: EventTarget | null) =>
      document.querySelector('dialog[open]') !== null || (target instanceof Element && target.closest('dialog'));
    const onOutside = (event: Event) => {
      if (inDialog(event.target) || (event.target instanceof Node && aside.current?.contains(event.target))) return;
      setOpen(false);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || inDialog(event.target)) return;
      if (!(event.target instanceof Node && aside.current?.contains(event.target))) return;
      setOpen(false);
      aside.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    };
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
      document.removeEventListener('keydown', onKey);
    };
  }, [aside, open, overlay, setOpen]);
}
