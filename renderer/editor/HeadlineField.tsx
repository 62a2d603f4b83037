// The headline: one paragraph that grows with its text, its length against the desk's limit;
// Enter moves on to the body.
import { useId, useLayoutEffect, useRef } from 'react';
import { characterCount } from '../fields/fieldRules';

interface HeadlineFieldProps {
  value: string;
  readOnly: boolean;
  /** Past this many characters the headline gets a warning. */
  limit: number;
  onChange: (headline: string) => void;
  onEnter: () => void;
  onBlur: () => void;
}

export function HeadlineField({ value, readOnly, limit, onChange, onEnter, onBlur }: HeadlineFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const countId = useId();
  const length = characterCount(value);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight}px`;
  }, [value]);

  return (
    <div className="headline-field">
      <textarea
        ref={ref}
        className="headline"
        aria-label="Headline"
        aria-describedby={countId}
        placeholder="Headline"
        rows={1}
        value={value}
        readOnly={readOnly}
        onChange={(event) => onChange(singleParagraph(event.target.value))}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onEnter();
        }}
        onBlur={onBlur}
      />
      <div className="headline-meta">
        {/* Read on demand through the description, not announced on every keystroke. */}
        <output
          id={countId}
          aria-label="Headline length"
          aria-live="off"
          className={length > limit ? 'count over' : 'count'}
        >
          {length.toLocaleString('en-US')} / {limit.toLocaleString('en-US')}
        </output>
        <p role="status" className="field-warning">
          {length > limit ? `Headline is longer than ${limit} characters` : ''}
        </p>
      </div>
    </div>
  );
}

/** A headline is one paragraph: pasted line breaks become spaces. */
export function singleParagraph(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}
