// A notice above the article: "Imported “…”." goes by itself after a few seconds, as a Google Docs
// snackbar does; an error stays until dismissed. Pointer or focus on it holds it while it is read.
import { useEffect, useRef, useState } from 'react';
import '../styles/dialogs.css';

export const NOTICE_MS = 8_000;

interface NoticeProps {
  text: string;
  /** 'alert' for what went wrong: it stays until the reporter closes it. */
  tone: 'status' | 'alert';
  /** The landmark-free region's name ("Notice", "Import and export notice"). */
  label: string;
  onDismiss: () => void;
  className?: string;
}

export function Notice({ text, tone, label, onDismiss, className }: NoticeProps) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  const waiting = tone === 'status' && !held.pointer && !held.focus;
  useEffect(() => {
    if (!waiting) return;
    // Restarts for each new text and after the pointer or focus leaves: a full read every time.
    const timer = setTimeout(() => dismiss.current(), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [waiting, text]);
  return (
    <div
      role={tone}
      aria-label={label}
      className={['notice', 'timed-notice', className].filter(Boolean).join(' ')}
      data-tone={tone}
      onPointerEnter={() => setHeld((was) => ({ ...was, pointer: true }))}
      onPointerLeave={() => setHeld((was) => ({ ...was, pointer: false }))}
      onFocus={() => setHeld((was) => ({ ...was, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null))
          setHeld((was) => ({ ...was, focus: false }));
      }}
    >
      <span className="notice-text">{text}</span>
      <button type="button" className="quiet notice-close" aria-label="Dismiss" title="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
