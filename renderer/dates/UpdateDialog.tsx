// "Stamp an update": new information, a correction (its note is the text readers see, so it is
// required) or a clarification, stamped now or at the time it went out.
import { useState } from 'react';
import { UPDATE_KINDS, type UpdateKind } from '../../core/article/article';
import { stampUpdate } from '../../core/stamps/update';
import type { StampDialogProps } from './stampDesk';
import { StampDialog } from './StampDialog';
import { atOf, clockNow, NOW } from './stampTime';
import { WhenField } from './WhenField';

export const KIND_NAMES: Record<UpdateKind, string> = {
  update: 'Update',
  correction: 'Correction',
  clarification: 'Clarification',
};

export function UpdateDialog({ desk, onClose }: StampDialogProps) {
  const { session, settings } = desk;
  const [kind, setKind] = useState<UpdateKind>('update');
  const [note, setNote] = useState('');
  const [when, setWhen] = useState(NOW);
  const stamp = (by: string) => {
    const picked = atOf(when, settings.timeZone);
    if (!picked.ok) return picked;
    const at = picked.at === undefined ? {} : { at: picked.at };
    return stampUpdate(session.draft(), { now: clockNow(), ...at, kind, note, by, timeZone: settings.timeZone });
  };
  return (
    <StampDialog
      title="Stamp an update"
      submitLabel="Stamp the update"
      yourName={settings.yourName}
      defaultByline={settings.defaultByline}
      onStamp={stamp}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor="update-kind">Kind</label>
        <select id="update-kind" value={kind} onChange={(event) => setKind(event.target.value as UpdateKind)}>
          {UPDATE_KINDS.map((name) => (
            <option key={name} value={name}>
              {KIND_NAMES[name]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="update-note">Note</label>
        <textarea
          id="update-note"
          rows={3}
          maxLength={5000}
          aria-describedby="update-note-help"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id="update-note-help" className="field-help">
          Readers see it in the updates line. A correction needs one: say what was wrong.
        </p>
      </div>
      <WhenField id="update-when" legend="Went out" when={when} timeZone={settings.timeZone} onChange={setWhen} />
    </StampDialog>
  );
}
