// "Attribute to Ana Ruiz": the one-click answer, shown only where the calibration allows one click
// and the article can be changed. The Quotes tab and the Checks rows share it, so the rule for when
// a suggestion is settled in one click lives in one place.
import type { ReactNode } from 'react';
import type { SuggestedSpeaker } from '../../core/attribution/unnamed-sources';
import { speakerLabel } from '../../core/attribution/unnamed-sources';
import type { SpeakerOffer } from '../../core/quotes/calibration';

interface OneClickAttributeProps {
  speaker: SuggestedSpeaker | null;
  offer: SpeakerOffer;
  editable: boolean;
  /** The ids of the suggestion and its reason (candidateIds). */
  describedBy: string | undefined;
  /** Names the quotation for a screen reader when several stand in one list. */
  which: ReactNode;
  onAccept: () => void;
}

export function OneClickAttribute({ speaker, offer, editable, describedBy, which, onAccept }: OneClickAttributeProps) {
  if (!editable || !speaker || offer !== 'one-click') return null;
  return (
    <button type="button" className="quiet" aria-describedby={describedBy} onClick={onAccept}>
      {`Attribute to ${speakerLabel(speaker)}`}
      {which}
    </button>
  );
}
