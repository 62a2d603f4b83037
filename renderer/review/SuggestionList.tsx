// The pending suggested edits, in reading order: who suggested what and when, each with Accept and
// Reject, a way to it in the body, and Accept all / Reject all (for everyone, or one person's).
import type { Editor } from '@tiptap/core';
import { useId } from 'react';
import { suggestionsIn, type SuggestionSummary } from '../../core/review/suggestions/list';
import { Instant } from '../dates/DatesRecord';
import { revealSelection } from '../editor/body/revealSelection';
import { useIdleValue } from '../editor/body/useIdleValue';
import { decideSuggestions, type Verdict } from './decideSuggestions';
import { suggesters, suggestionSentence, suggestionWhat } from './suggestionWords';

interface SuggestionListProps {
  editor: Editor;
  timeZone: string;
  editable: boolean;
}

const listSuggestions = (editor: Editor): SuggestionSummary[] => suggestionsIn(editor.state.doc);

export function SuggestionList({ editor, timeZone, editable }: SuggestionListProps) {
  const id = useId();
  const suggestions = useIdleValue(editor, listSuggestions);
  const people = suggesters(suggestions);
  const go = (suggestion: SuggestionSummary) => {
    editor.chain().focus().setTextSelection({ from: suggestion.from, to: suggestion.to }).run();
    revealSelection(editor.view, { block: 'center' });
  };
  // The list follows once the body settles (useIdleValue), as after any edit.
  const decide = (verdict: Verdict, which: Parameters<typeof decideSuggestions>[2]) => {
    decideSuggestions(editor, verdict, which);
  };

  return (
    <section aria-labelledby={id} className="review-suggestions">
      <h3 id={id} className="review-heading">
        Suggested edits
      </h3>
      <p className="review-count" role="status">
        {suggestions.length === 0
          ? 'No suggested edits pending.'
          : `${suggestions.length} suggested ${suggestions.length === 1 ? 'edit' : 'edits'} pending.`}
      </p>
      {editable && suggestions.length > 1 ? (
        <div role="group" aria-label="Every suggestion" className="review-thread-actions">
          <button type="button" onClick={() => decide('accept', 'all')}>
            Accept all
          </button>
          <button type="button" className="quiet" onClick={() => decide('reject', 'all')}>
            Reject all
          </button>
        </div>
      ) : null}
      {editable && people.length > 1 ? (
        <ul aria-label="Suggestions by person" className="review-people">
          {people.map((person) => (
            <li key={person} className="review-person">
              <span className="review-who">{person || 'Someone'}</span>
              {/* The row names the person; each button's name says whose, and starts with what it shows. */}
              <button
                type="button"
                className="quiet"
                aria-label={`Accept all of ${person || 'Someone'}’s`}
                onClick={() => decide('accept', { by: person })}
              >
                Accept all
              </button>
              <button
                type="button"
                className="quiet"
                aria-label={`Reject all of ${person || 'Someone'}’s`}
                onClick={() => decide('reject', { by: person })}
              >
                Reject all
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {suggestions.length > 0 ? (
        <ol aria-label="Suggestions" className="review-suggestion-list">
          {suggestions.map((suggestion) => {
            const what = suggestionWhat(suggestion);
            return (
              <li key={suggestion.id} className="review-suggestion" data-kind={suggestion.kind}>
                <button type="button" className="quiet review-suggestion-text" onClick={() => go(suggestion)}>
                  {suggestionSentence(suggestion)}
                </button>
                {suggestion.at !== '' ? (
                  <p className="review-meta">
                    <Instant at={suggestion.at} timeZone={timeZone} />
                  </p>
                ) : null}
                {editable ? (
                  <div className="review-thread-actions">
                    <button
                      type="button"
                      aria-label={`Accept ${what}`}
                      onClick={() => decide('accept', new Set([suggestion.id]))}
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Reject ${what}`}
                      onClick={() => decide('reject', new Set([suggestion.id]))}
                    >
                      Reject
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
