// The length the desk asked for, in words; checked as it is typed and stored only when valid.
import { useState } from 'react';
import type { FieldProps } from './fieldProps';
import { parseLengthTarget } from './fieldRules';
import { useField, useFieldText } from './useFields';

export function LengthTargetField({ session, readOnly }: FieldProps) {
  const target = useField(session, (fields) => fields.lengthTarget);
  const [text, setText] = useFieldText(
    target,
    (value) => (value === null ? '' : String(value)),
    (typed, value) => {
      const reading = parseLengthTarget(typed);
      return !reading.ok || reading.value === value;
    },
  );
  // A number input reports "12e" or "-" as an empty value; the browser's own flag tells them apart.
  const [unreadable, setUnreadable] = useState(false);
  const reading = unreadable ? parseLengthTarget('?') : parseLengthTarget(text);
  return (
    <div className="field">
      <label htmlFor="article-length-target">Length target (words)</label>
      <input
        id="article-length-target"
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        aria-invalid={!reading.ok}
        aria-describedby={reading.ok ? undefined : 'article-length-target-problem'}
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setText(event.target.value);
          setUnreadable(event.target.validity.badInput);
          const next = parseLengthTarget(event.target.value);
          if (next.ok && !event.target.validity.badInput) session.editFields({ lengthTarget: next.value });
        }}
      />
      {reading.ok ? null : (
        <p id="article-length-target-problem" role="alert" className="field-problem">
          {reading.problem}
        </p>
      )}
    </div>
  );
}
