// Beside the cursor in a quotation nobody attributed: "Attribute to <speaker>" in one click, or
// "Attribute to…" for the picker. With a selection, "Attribute to…" marks the selected words.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { QuotePiece } from '../../core/attribution/detected';
import type { DetectedQuotation } from '../../core/attribution/detected';
import { useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import '../styles/quotes.css';
import { AttributePicker } from './AttributePicker';
import { acceptSuggestion, sourceNamed, suggestionAtCursor } from './editorQuotes';

interface QuoteSuggestionProps {
  editor: Editor;
  session: ArticleSession;
}

interface Offer {
  quotation: DetectedQuotation | null;
  /** What the picker will mark: the detected quotation's pieces, or the selected words. */
  pieces: readonly QuotePiece[];
  top: number;
  left: number;
}

function offerAt(editor: Editor): Offer | null {
  if (!editor.isEditable) return null;
  const { from, to, empty } = editor.state.selection;
  const quotation = empty ? suggestionAtCursor(editor) : null;
  if (empty && !quotation) return null;
  let top = 0;
  let left = 0;
  try {
    const coords = editor.view.coordsAtPos(to);
    top = coords.bottom + 4;
    left = coords.left;
  } catch {
    // Without layout (a hidden pane) the offer still works, it just sits at the corner.
  }
  return { quotation, pieces: quotation ? quotation.pieces : [{ from, to }], top, left };
}

function sameOffer(current: Offer | null, next: Offer | null): Offer | null {
  if (!current || !next) return next;
  const same =
    current.quotation?.speaker === next.quotation?.speaker &&
    current.quotation?.speakerTitle === next.quotation?.speakerTitle &&
    current.top === next.top &&
    current.left === next.left &&
    JSON.stringify(current.pieces) === JSON.stringify(next.pieces);
  return same ? current : next;
}

export function QuoteSuggestion({ editor, session }: QuoteSuggestionProps) {
  const sources = useField(session, (fields) => fields.sources);
  const [offer, setOffer] = useState<Offer | null>(() => offerAt(editor));
  const [picking, setPicking] = useState<Offer | null>(null);

  useEffect(() => {
    // Typing inside a quotation keeps the same offer: no React commit per keystroke.
    const update = () => setOffer((current) => sameOffer(current, offerAt(editor)));
    editor.on('selectionUpdate', update);
    editor.on('update', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('update', update);
    };
  }, [editor]);

  const pick = (choice: { sourceId: string } | { newName: string }) => {
    if (!picking) return;
    const sourceId = 'sourceId' in choice ? choice.sourceId : sourceNamed(session, choice.newName).id;
    editor.chain().focus().attributeQuote({ sourceId, pieces: picking.pieces }).run();
    setPicking(null);
  };

  return (
    <>
      {offer ? (
        <div role="group" aria-label="Attribution" className="quote-offer" style={{ top: offer.top, left: offer.left }}>
          {offer.quotation?.speaker ? (
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => acceptSuggestion(editor, session, offer.quotation!)}
            >
              {`Attribute to ${offer.quotation.speaker}`}
            </button>
          ) : null}
          <button
            type="button"
            className="quiet"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setPicking(offer)}
          >
            Attribute to…
          </button>
        </div>
      ) : null}
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
    </>
  );
}
