// Where a thread is: the words of the body it is on (selected and brought clear of the bars, as
// a jump to a quotation is), or the field it is about (focused, its panel shown first).
import type { Editor } from '@tiptap/core';
import type { CommentedField } from '../../core/review/review';
import type { ListedThread } from '../../core/review/threads';
import { revealSelection } from '../editor/body/revealSelection';

interface FieldPlace {
  /** "the headline": how a thread on it is introduced. */
  name: string;
  /** The panel holding the field; null for the article's head above the body. */
  panel: 'Details' | null;
  selector: string;
}

export const FIELD_PLACES: Record<CommentedField, FieldPlace> = {
  kicker: { name: 'the kicker', panel: null, selector: '[aria-label="Kicker"]' },
  headline: { name: 'the headline', panel: null, selector: '[aria-label="Headline"]' },
  deck: { name: 'the deck', panel: null, selector: '[aria-label="Deck"]' },
  bylines: { name: 'the bylines', panel: 'Details', selector: '.bylines input, .bylines button' },
  dateline: { name: 'the dateline', panel: 'Details', selector: '#article-dateline' },
  section: { name: 'the section', panel: 'Details', selector: '#article-section' },
  tags: { name: 'the tags', panel: 'Details', selector: '#article-tags' },
};

/** "On the headline", "On the words", "Detached: was on". */
export function placeOf(listed: ListedThread): string {
  const { anchor } = listed.thread;
  if (anchor.kind === 'field') return `On ${FIELD_PLACES[anchor.field].name}`;
  return listed.detached ? 'Detached: its words were deleted' : 'On the words';
}

export function goToThread(listed: ListedThread, editor: Editor, showPanel: (panel: 'Details') => void): void {
  const { anchor } = listed.thread;
  if (anchor.kind === 'body') {
    if (listed.from === null || listed.to === null) return;
    editor.chain().focus().setTextSelection({ from: listed.from, to: listed.to }).run();
    revealSelection(editor.view, { block: 'center' });
    return;
  }
  const place = FIELD_PLACES[anchor.field];
  if (place.panel !== null) showPanel(place.panel);
  // A panel shown renders its controls on the next commit; focus once they are there.
  setTimeout(() => {
    const target = document.querySelector<HTMLElement>(place.selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }, 0);
}
