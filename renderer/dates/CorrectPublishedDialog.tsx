// "Correct publication time": the one way `publishedAt` moves once set, with a reason that is
// kept in the publish stamps record.
import { useState } from 'react';
import { correctPublishedAt } from '../../core/stamps/publish';
import type { StampDialogProps } from './stampDesk';
import { StampDialog } from './StampDialog';
import { clockNow, pickedInstant } from './stampTime';
import { PickedTime } from './WhenField';

export function CorrectPublishedDialog({ desk, onClose }: StampDialogProps) {
  const { session, settings } = desk;
  const [wall, setWall] = useState('');
  const [reason, setReason] = useState('');
  const stamp = (by: string) => {
    const at = pickedInstant(wall, settings.timeZone);
    if (at === null) return { ok: false as const, reason: 'Pick the date and time the story actually went live.' };
    return correctPublishedAt(session.draft(), { now: clockNow(), at, reason, by, timeZone: settings.timeZone });
  };
  return (
    <StampDialog
      title="Correct publication time"
      submitLabel="Correct the time"
      yourName={settings.yourName}
      defaultByline={settings.defaultByline}
      onStamp={stamp}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <PickedTime
        id="correct-published-time"
        label={`Went live at (${settings.timeZone})`}
        wall={wall}
        onChange={setWall}
      />
      <div className="field">
        <label htmlFor="correct-published-reason">Reason</label>
        <textarea
          id="correct-published-reason"
          rows={3}
          maxLength={2000}
          aria-describedby="correct-published-help"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <p id="correct-published-help" className="field-help">
          Why the recorded time was wrong. Kept in the publish stamps record.
        </p>
      </div>
    </StampDialog>
  );
}
