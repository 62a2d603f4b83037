// The attribution popup beside the caret, shown as Google Docs shows its comment button: only while
// the caret or selection is in a quotation (quoteOffer.ts) and the body has the focus (or the popup
// itself does). It goes when the selection leaves the quotation, when the focus goes anywhere else
// (the side panel, a dialog), and on Escape; it follows the line as the article scrolls or the
// layout changes (placeOffer.ts). In a quotation nobody attributed: "Attribute to <speaker>" in one
// click when the suggestion is reliable enough for that, "<speaker>?" with "Yes, <speaker>" and
// "Someone else…" when it may only be asked about, and the picker alone when there is no candidate
// to show; each suggestion says why (its cue). In an attributed one: who said it, and "Change source…".
import type { Editor } from '@tiptap/core';
import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Source } from '../../core/article/source';
import { sourceLabel } from '../../core/attribution/unnamed-sources';
import { articleScroller } from '../editor/body/reveal';
import { useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import '../styles/quotes.css';
import { AttributePicker } from './AttributePicker';
import { SOMEONE_ELSE, yesTo } from './candidateWords';
import { acceptSuggestion, offerLabel, sourceNamed } from './editorQuotes';
import { placeOffer } from './placeOffer';
import { offerAt, sameOffer, type Offer } from './quoteOffer';
import { candidateIds, SpeakerCandidate } from './SpeakerCandidate';

interface QuoteSuggestionProps {
  editor: Editor;
  session: ArticleSession;
}

type Choice = { sourceId: string } | { newName: string };

export function QuoteSuggestion({ editor, session }: QuoteSuggestionProps) {
  const sources = useField(session, (fields) => fields.sources);
  const [offer, setOffer] = useState<Offer | null>(() => offerAt(editor));
  const [focused, setFocused] = useState(() => editor.view.hasFocus());
  // The quotation the reporter dismissed with Escape: no popup for it until the caret leaves it
  // or the reporter clicks into the body again.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const dismissedRef = useRef<string | null>(null);
  const [picking, setPicking] = useState<Offer | null>(null);
  const popup = useRef<HTMLDivElement>(null);

  const dismiss = (key: string | null) => {
    dismissedRef.current = key;
    setDismissed(key);
  };

  useEffect(() => {
    const update = () => {
      const next = offerAt(editor);
      if (dismissedRef.current !== null && dismissedRef.current !== next?.key) dismiss(null);
      // Typing inside a quotation keeps the same offer: no React commit per keystroke.
      setOffer((current) => sameOffer(current, next));
    };
    const onFocus = () => {
      setFocused(true);
      dismiss(null);
    };
    const onBlur = ({ event }: { event: globalThis.FocusEvent }) => {
      if (event.relatedTarget instanceof Node && popup.current?.contains(event.relatedTarget)) return;
      setFocused(false);
    };
    // A fresh click is a fresh visit: what Escape dismissed shows again.
    const onPointer = () => dismiss(null);
    const body = editor.view.dom;
    body.addEventListener('mousedown', onPointer);
    editor.on('selectionUpdate', update);
    editor.on('update', update);
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    return () => {
      body.removeEventListener('mousedown', onPointer);
      editor.off('selectionUpdate', update);
      editor.off('update', update);
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
    };
  }, [editor]);

  const visible = offer !== null && focused && picking === null && offer.key !== dismissed;

  // Escape in the body closes the popup first; a second Escape goes on to whatever else wants it.
  useEffect(() => {
    if (!visible) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      dismiss(offer.key);
    };
    const body = editor.view.dom;
    body.addEventListener('keydown', onKey);
    return () => body.removeEventListener('keydown', onKey);
  }, [editor, visible, offer]);

  // Follows the caret's line through typing, scrolling, resizing, focus mode and theme changes.
  useLayoutEffect(() => {
    const element = popup.current;
    if (!visible || !element) return;
    let frame = 0;
    const place = () => placeOffer(element, editor.view);
    const schedule = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          place();
        });
      }
    };
    place();
    document.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    editor.on('transaction', schedule);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    const scroller = articleScroller(editor.view.dom);
    if (scroller) resized?.observe(scroller);
    resized?.observe(editor.view.dom);
    const layout = new MutationObserver(schedule);
    layout.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-focus'] });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
      editor.off('transaction', schedule);
      resized?.disconnect();
      layout.disconnect();
    };
  }, [editor, visible, offer]);

  const onPopupBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && (popup.current?.contains(next) || editor.view.dom.contains(next))) return;
    setFocused(false);
  };
  const onPopupKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !offer) return;
    event.preventDefault();
    event.stopPropagation();
    dismiss(offer.key);
    editor.commands.focus();
  };

  const pick = (choice: Choice) => {
    if (!picking) return;
    const sourceId = 'sourceId' in choice ? choice.sourceId : sourceNamed(session, choice.newName).id;
    // Read afresh: the quotation's words may have moved since the popup showed.
    const now = offerAt(editor);
    const chain = editor.chain().focus();
    if (picking.kind === 'attributed') chain.changeAttribution(picking.quoteId, sourceId).run();
    else {
      const pieces = now?.kind === picking.kind && now.key === picking.key ? piecesOf(now) : piecesOf(picking);
      chain.attributeQuote({ sourceId, pieces }).run();
    }
    setPicking(null);
  };

  return (
    <>
      {visible ? (
        <div
          ref={popup}
          role="group"
          aria-label="Attribution"
          className="quote-offer"
          onBlur={onPopupBlur}
          onKeyDown={onPopupKeyDown}
        >
          <OfferContent offer={offer} sources={sources} editor={editor} session={session} onPick={setPicking} />
        </div>
      ) : null}
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
    </>
  );
}

function piecesOf(offer: Offer) {
  return offer.kind === 'suggested' ? offer.quotation.pieces : offer.kind === 'selection' ? offer.pieces : [];
}

interface OfferContentProps {
  offer: Offer;
  sources: readonly Source[];
  editor: Editor;
  session: ArticleSession;
  onPick: (offer: Offer) => void;
}

/** The popup's words and buttons; each button keeps the body's selection when pressed. */
function OfferContent({ offer, sources, editor, session, onPick }: OfferContentProps) {
  const id = useId();
  const keep = (event: { preventDefault: () => void }) => event.preventDefault();
  const picker = (text: string, describedBy?: string) => (
    <button
      type="button"
      className="quiet"
      aria-describedby={describedBy}
      onMouseDown={keep}
      onClick={() => onPick(offer)}
    >
      {text}
    </button>
  );
  if (offer.kind === 'attributed') {
    const source = sources.find((candidate) => candidate.id === offer.sourceId);
    const said =
      offer.sourceId === null
        ? 'Not attributed yet'
        : source
          ? `Said by ${sourceLabel(source)}`
          : 'Said by a removed source';
    return (
      <div className="quote-offer-row">
        <span className="quote-offer-said">{said}</span>
        {picker(offer.sourceId === null ? 'Attribute to…' : 'Change source…')}
      </div>
    );
  }
  const suggested = offer.kind === 'suggested' ? offer.quotation : null;
  const speaker = suggested?.speaker ? { ...suggested, speaker: suggested.speaker } : null;
  // The offer the detector's adapter read off the calibration (core/attribution/detected.ts).
  const level = suggested?.speaker ? suggested.offer : 'none';
  if (!speaker || !suggested || level === 'none')
    return <div className="quote-offer-row">{picker('Attribute to…')}</div>;
  const accept = () => {
    // The quotation as it stands now, not as it stood when the popup appeared.
    const now = offerAt(editor);
    acceptSuggestion(editor, session, now?.kind === 'suggested' ? now.quotation : suggested);
  };
  const why = candidateIds(id, speaker, level);
  const candidate = (
    <SpeakerCandidate speaker={speaker} offer={level} confidence={suggested.confidence} id={id} reasonOnly />
  );
  // A question is read before it is answered: the candidate and its reason first, the answers under them.
  if (level === 'question') {
    return (
      <>
        {candidate}
        <div className="quote-offer-row">
          <button type="button" className="quiet" aria-describedby={why} onMouseDown={keep} onClick={accept}>
            {yesTo(speaker)}
          </button>
          {picker(SOMEONE_ELSE, why)}
        </div>
      </>
    );
  }
  return (
    <>
      <div className="quote-offer-row">
        <button type="button" aria-describedby={why} onMouseDown={keep} onClick={accept}>
          {offerLabel(suggested)}
        </button>
        {picker('Attribute to…')}
      </div>
      {candidate}
    </>
  );
}
