// The two answers to a question about a speaker ("Ana Ruiz?"): "Yes, Ana Ruiz" and "Someone else…",
// each pointing at the question and its reason, and naming the quotation for a screen reader when
// several questions stand in one list.
import type { SuggestedSpeaker } from '../../core/attribution/unnamed-sources';
import { SOMEONE_ELSE, yesTo } from './candidateWords';

interface QuestionAnswersProps {
  speaker: SuggestedSpeaker;
  /** The ids of the question and its reason (candidateIds). */
  describedBy: string | undefined;
  /** The quotation's first words, read after each answer by a screen reader only. */
  words: string;
  onYes: () => void;
  onSomeoneElse: () => void;
}

export function QuestionAnswers({ speaker, describedBy, words, onYes, onSomeoneElse }: QuestionAnswersProps) {
  const which = <span className="visually-hidden">{` — “${words}”`}</span>;
  return (
    <>
      <button type="button" className="quiet" aria-describedby={describedBy} onClick={onYes}>
        {yesTo(speaker)}
        {which}
      </button>
      <button type="button" className="quiet" aria-describedby={describedBy} onClick={onSomeoneElse}>
        {SOMEONE_ELSE}
        {which}
      </button>
    </>
  );
}
