// "Embargo until": the time before which the story must not be stamped as published, or lifting it.
import { useState } from 'react';
import { setEmbargo } from '../../core/stamps/embargo';
import type { StampDialogProps } from './stampDesk';
import { StampDialog } from './StampDialog';
import { pickedInstant } from './stampTime';
import { PickedTime } from './WhenField';

export function EmbargoDialog({ desk, onClose }: StampDialogProps) {
  const { session, settings } = desk;
  const [wall, setWall] = useState('');
  const timeZone = settings.timeZone;
  const set = () => {
    const until = pickedInstant(wall, timeZone);
    if (until === null) return { ok: false as const, reason: 'Pick the date and time the embargo lifts.' };
    return setEmbargo(session.draft(), { until, timeZone });
  };
  const lifted =
    session.getStamps().embargoUntil === null
      ? undefined
      : {
          label: 'Lift embargo',
          // Lifting lets the story go out at once: it reads as an action to think twice about.
          tone: 'danger' as const,
          onStamp: () => setEmbargo(session.draft(), { until: null, timeZone }),
        };
  return (
    <StampDialog
      title="Embargo until"
      submitLabel="Set embargo"
      onStamp={set}
      {...(lifted ? { alternative: lifted } : {})}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <PickedTime id="embargo-until" label={`Embargo lifts at (${timeZone})`} wall={wall} onChange={setWall} />
    </StampDialog>
  );
}
