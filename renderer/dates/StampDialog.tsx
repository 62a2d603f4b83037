// The frame every stamp dialog shares: who is stamping, the refusal when a stamp is refused (the
// article then stays as it was), and the buttons. A stamp that goes through closes the dialog.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Article } from '../../core/article/article';
import type { StampResult } from '../../core/stamps/stamp-result';
import { Modal } from '../dialogs/Modal';
import { offeredName, rememberName } from './stampName';

/** Runs one stamp for the person named. */
export type Stamp = (by: string) => StampResult;

/** How a button reads (dialogs.css): the main action plain, throwing something away `danger`. */
export type ButtonTone = 'main' | 'danger';

interface StampDialogProps {
  title: string;
  submitLabel: string;
  /** `danger` when the main action sets something aside for good (clearing the page's dates). */
  submitTone?: ButtonTone;
  /**
   * Settings' "Your name"; when it is empty the dialog asks, offering the name typed last in this
   * session or the default byline. Absent for an action that records no name (an embargo).
   */
  yourName?: string;
  /** The newsroom's default byline: offered when Settings has no "Your name". */
  defaultByline?: string;
  onStamp: Stamp;
  /** A second way out of the same dialog ("Lift embargo"). */
  alternative?: { label: string; tone?: ButtonTone; onStamp: Stamp };
  /** Saves the stamped article; a sentence when it could not be (the dialog then stays open with it). */
  onStamped: (article: Article) => Promise<string | null>;
  onClose: () => void;
  children: ReactNode;
}

const toneClass = (tone: ButtonTone | undefined) => (tone === 'danger' ? 'danger' : undefined);

export function StampDialog({
  title,
  submitLabel,
  submitTone,
  yourName,
  defaultByline = '',
  onStamp,
  alternative,
  onStamped,
  onClose,
  children,
}: StampDialogProps) {
  const [askedName, setAskedName] = useState(() => offeredName({ defaultByline }));
  const [refusal, setRefusal] = useState<string | null>(null);
  const asking = yourName !== undefined && yourName.trim() === '';
  const by = asking ? askedName : (yourName ?? '');
  const run = async (stamp: Stamp) => {
    const result = stamp(by);
    if (!result.ok) return setRefusal(result.reason);
    const problem = await onStamped(result.article);
    if (problem !== null) return setRefusal(problem);
    if (asking) rememberName(askedName);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(onStamp);
  };
  return (
    <Modal title={title} onEscape={onClose} className="stamp-dialog">
      <form onSubmit={submit}>
        {children}
        {asking ? (
          <div className="field">
            <label htmlFor="stamp-by">Your name</label>
            <input
              id="stamp-by"
              type="text"
              maxLength={200}
              required
              aria-describedby="stamp-by-help"
              value={askedName}
              onChange={(event) => setAskedName(event.target.value)}
            />
            <p id="stamp-by-help" className="field-help">
              Every stamp carries the name of the person making it. Set it once in Settings to stop being asked.
            </p>
          </div>
        ) : yourName !== undefined ? (
          <p className="field-help">{`Stamped by ${yourName}.`}</p>
        ) : null}
        {refusal !== null ? (
          <p role="alert" className="stamp-refusal">
            {refusal}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
          {alternative ? (
            <button type="button" className={toneClass(alternative.tone)} onClick={() => void run(alternative.onStamp)}>
              {alternative.label}
            </button>
          ) : null}
          <button type="submit" className={toneClass(submitTone)}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
