// The "Source" dialog: who was quoted, how the material was obtained, and private contact notes.
import { useState, type FormEvent } from 'react';
import { OBTAINED, type Source } from '../../core/article/source';
import { Modal } from '../dialogs/Modal';

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
  onSave: (source: Source) => void;
  onCancel: () => void;
}

export function SourceForm({ source, onSave, onCancel }: SourceFormProps) {
  const [draft, setDraft] = useState(source);
  const set = (changes: Partial<Source>) => setDraft((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '') return;
    onSave({ ...draft, name: draft.name.trim() });
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
            required
            maxLength={300}
            value={draft.name}
            onChange={(event) => set({ name: event.target.value })}
          />
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
        {text('when', 'When', 100)}
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
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">Save source</button>
        </div>
      </form>
    </Modal>
  );
}
