// A suggested speaker as every screen shows it: settled ("Suggested: Jens Stoltenberg") when it may
// be accepted in one click, a question ("Ana Ruiz?") when it may only be asked about, and under
// either the reason in a short secondary line. The ids let each screen's buttons point at the
// question and the reason (aria-describedby), so a screen reader hears why with the button.
import type { ReactNode } from 'react';
import type { SuggestedSpeaker } from '../../core/attribution/unnamed-sources';
import type { SpeakerOffer } from '../../core/quotes/calibration';
import '../styles/quotes.css';
import '../styles/speaker-candidate.css';
import { askAbout, candidateName, confidenceHint, reasonFor } from './candidateWords';

interface SpeakerCandidateProps {
  speaker: SuggestedSpeaker;
  /** 'one-click' or 'question'; 'none' shows nothing. */
  offer: SpeakerOffer;
  confidence: number;
  /** Prefix for the question's and the reason's ids (see candidateIds). */
  id: string;
  /** Leave the settled name out where the words around already say it (the popup's "Attribute to …"). */
  reasonOnly?: boolean;
  /** The reason in place of the speaker's own cue: a group's reasons, gathered. */
  reason?: string | null;
  /** The answers to a question ("Yes, Ana Ruiz", "Someone else…"), kept with it in its box. */
  children?: ReactNode;
}

/** The ids a button's aria-describedby lists: the question (when asked) and the reason (when given). */
export function candidateIds(
  id: string,
  speaker: SuggestedSpeaker | null,
  offer: SpeakerOffer,
  reason: string | null = speaker ? reasonFor(speaker) : null,
): string | undefined {
  if (!speaker || offer === 'none') return undefined;
  const ids = [offer === 'question' ? `${id}-question` : null, reason ? `${id}-reason` : null];
  const listed = ids.filter((one) => one !== null).join(' ');
  return listed === '' ? undefined : listed;
}

export function SpeakerCandidate(props: SpeakerCandidateProps) {
  const { speaker, offer, confidence, id, reasonOnly = false } = props;
  if (offer === 'none') return null;
  const reason = props.reason === undefined ? reasonFor(speaker) : props.reason;
  return (
    <div className="speaker-candidate" data-offer={offer}>
      {offer === 'question' ? (
        <p className="candidate-question" id={`${id}-question`}>
          {askAbout(speaker)}
        </p>
      ) : reasonOnly ? null : (
        <p className="candidate-name">{`Suggested: ${candidateName(speaker)}`}</p>
      )}
      {reason ? (
        <p className="candidate-reason" id={`${id}-reason`} title={confidenceHint(confidence)}>
          {reason}
        </p>
      ) : null}
      {props.children ? <div className="candidate-answers">{props.children}</div> : null}
    </div>
  );
}
