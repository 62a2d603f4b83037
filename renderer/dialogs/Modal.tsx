// A small accessible modal on the native <dialog>: named by its title, focus on its first control
// (or the one marked data-autofocus), and back where it was once the dialog closes. Buttons follow
// dialogs.css: the main action plain (accent), Cancel `quiet`, an action that throws work away `danger`.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import '../styles/dialogs.css';

interface ModalProps {
  title: string;
  children: ReactNode;
  className?: string;
  /** What Escape does; omit where cancelling is not safe (Escape then does nothing). */
  onEscape?: () => void;
  /** Actions kept in view below content that scrolls (a long form's Save and Cancel). */
  footer?: ReactNode;
}

export function Modal({ title, children, onEscape, className, footer }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button')
    )?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['modal', footer ? 'with-footer' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onEscape?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {footer ? (
        <>
          <div className="modal-body">{children}</div>
          <div className="modal-footer">{footer}</div>
        </>
      ) : (
        children
      )}
    </dialog>
  );
}
