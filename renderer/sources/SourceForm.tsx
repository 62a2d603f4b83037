// The "Source" dialog: who was quoted, how the material was obtained, and private contact notes.
import { useState, type FormEvent } from 'react';
import { OBTAINED, type Source } from '../../core/article/source';
import { Modal } from '../dialogs/Modal';
import { SourceWhenField } from './SourceWhenField';

export const OBTAINED_LABELS: Record<(typeof OBTAINED)[number], string> = {
  interview: 'Interview',
  'press-conference': 'Press conference',
  statement: 'Statement',
  document: 'Document',
  'social-media': 'Social media post',
  other: 'Other',
};

interface SourceFormProps {
  source: Source;
  /** The newsroom's zone, in which "When" is read. */
  timeZone: string;
  onSave: (source: Source) => void;
  onCancel: () => void;
}

export const NAME_OR_ROLE_PROBLEM = 'Give the source a name, or for an unnamed source the role the story gives.';

export function SourceForm({ source, timeZone, onSave, onCancel }: SourceFormProps) {
  const [draft, setDraft] = useState(source);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (changes: Partial<Source>) => setDraft((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An unnamed source ("a NATO spokesperson") has no name but must say who it is.
    if (draft.name.trim() === '' && draft.title.trim() === '') return setProblem(NAME_OR_ROLE_PROBLEM);
    onSave({ ...draft, name: draft.name.trim(), title: draft.title.trim() });
  };
  const text = (id: keyof Source & string, label: string, max = 300) => (
    <div className="field">
      <label htmlFor={`source-${id}`}>{label}</label>
      <input
        id={`source-${id}`}
        type="text"
        maxLength={max}
        value={draft[id] as string}
        onChange={(event) => set({ [id]: event.target.value })}
      />
    </div>
  );
  return (
    <Modal title="Source" onEscape={onCancel} className="source-form">
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="source-name">Name</label>
          <input
            id="source-name"
            type="text"
            maxLength={300}
            placeholder="Unnamed source"
            aria-describedby="source-name-help"
            value={draft.name}
            onChange={(event) => set({ name: event.target.value })}
          />
          <p id="source-name-help" className="field-help">
            Empty for an unnamed source: then say who they are under Title or role (“a NATO spokesperson”).
          </p>
        </div>
        {text('title', 'Title or role')}
        {text('organisation', 'Organisation')}
        <div className="field">
          <label htmlFor="source-obtained">How obtained</label>
          <select
            id="source-obtained"
            value={draft.obtained ?? ''}
            onChange={(event) =>
              set({ obtained: event.target.value === '' ? null : (event.target.value as Source['obtained']) })
            }
          >
            <option value="">Not recorded</option>
            {OBTAINED.map((how) => (
              <option key={how} value={how}>
                {OBTAINED_LABELS[how]}
              </option>
            ))}
          </select>
        </div>
        <SourceWhenField when={draft.when} timeZone={timeZone} onChange={(when) => set({ when })} />
        {text('where', 'Where')}
        <div className="field field-check">
          <input
            id="source-verified"
            type="checkbox"
            checked={draft.verified}
            onChange={(event) => set({ verified: event.target.checked })}
          />
          <label htmlFor="source-verified">Verified</label>
        </div>
        <div className="field">
          <label htmlFor="source-notes">Private contact notes</label>
          <textarea
            id="source-notes"
            rows={3}
            maxLength={20_000}
            aria-describedby="source-notes-help"
            value={draft.contactNotes}
            onChange={(event) => set({ contactNotes: event.target.value })}
          />
          <p id="source-notes-help" className="field-help">
            Never exported or copied.
          </p>
        </div>
        {problem ? (
          <p role="alert" className="field-problem">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="button" className="quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">Save source</button>
        </div>
      </form>
    </Modal>
  );
}
