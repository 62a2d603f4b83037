// The small form a new comment is written in: on the words selected in the body (taken when the
// composer opened, so clicking into it does not lose them) or on a field chosen from the list.
import { useId, useState, type FormEvent } from 'react';
import { excerpt } from '../../core/checks/problem';
import { COMMENTED_FIELDS, type CommentedField } from '../../core/review/review';
import { FIELD_PLACES } from './threadPlaces';
import type { CommentPlace } from './reviewActions';

export interface BodySelection {
  from: number;
  to: number;
  words: string;
}

interface CommentComposerProps {
  /** The body's selection when the composer opened; null when nothing was selected. */
  selection: BodySelection | null;
  /** Posts the comment; a refusal's sentence keeps the composer open with it. */
  onPost: (place: CommentPlace, text: string) => string | null;
  onCancel: () => void;
}

const BODY = 'body';

export function CommentComposer({ selection, onPost, onCancel }: CommentComposerProps) {
  const ids = useId();
  const [on, setOn] = useState<string>(selection ? BODY : 'headline');
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const place: CommentPlace | null =
      on === BODY
        ? selection && { kind: 'body', from: selection.from, to: selection.to }
        : { kind: 'field', field: on as CommentedField };
    if (!place) return setRefusal('Select the words in the body the comment is about, then press Comment again.');
    setRefusal(onPost(place, text));
  };
  return (
    <form aria-label="New comment" className="review-composer" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${ids}-on`}>Comment on</label>
        <select id={`${ids}-on`} value={on} onChange={(event) => setOn(event.target.value)}>
          {selection ? <option value={BODY}>{`The selected words: “${excerpt(selection.words, 40)}”`}</option> : null}
          {COMMENTED_FIELDS.map((field) => (
            <option key={field} value={field}>
              {capitalised(FIELD_PLACES[field].name.replace(/^the /, ''))}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-text`}>Comment</label>
        <textarea
          id={`${ids}-text`}
          rows={3}
          maxLength={10_000}
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
      </div>
      {refusal !== null ? (
        <p role="alert" className="review-refusal">
          {refusal}
        </p>
      ) : null}
      <div className="review-thread-actions">
        <button type="submit">Post comment</button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
