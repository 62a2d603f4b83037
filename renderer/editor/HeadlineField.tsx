// The headline: one paragraph that grows with its text; Enter moves on to the body.
import { useLayoutEffect, useRef } from 'react';

interface HeadlineFieldProps {
  value: string;
  readOnly: boolean;
  onChange: (headline: string) => void;
  onEnter: () => void;
  onBlur: () => void;
}

export function HeadlineField({ value, readOnly, onChange, onEnter, onBlur }: HeadlineFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight}px`;
  }, [value]);

  return (
    <textarea
      ref={ref}
      className="headline"
      aria-label="Headline"
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
  );
}

/** A headline is one paragraph: pasted line breaks become spaces. */
export function singleParagraph(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
}
