// "Stamp as published": now or when the story actually went live. Blocking problems of the
// pre-publish check refuse it unless the reporter overrides them with a reason, on the record.
import { useState } from 'react';
import { stampPublished } from '../../core/stamps/publish';
import { unholdablePageDates } from '../../core/stamps/settle-page-dates';
import { pendingDateLines } from '../../core/dates/date-lines';
import { useStamps } from './useStamps';
import { currentProblems } from '../checks/currentProblems';
import type { StampDialogProps } from './stampDesk';
import { StampDialog } from './StampDialog';
import { atOf, clockNow, NOW, type When } from './stampTime';
import type { ArticleStamps } from '../session/articleStamps';
import { WhenField } from './WhenField';

export function PublishDialog({ desk, onClose }: StampDialogProps) {
  const { session, editor, settings } = desk;
  const [when, setWhen] = useState(NOW);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const stamps = useStamps(session);
  const clears = pageDatesCleared(stamps, when, settings);
  const stamp = (by: string) => {
    const picked = atOf(when, settings.timeZone);
    if (!picked.ok) return picked;
    const now = clockNow();
    const article = session.draft();
    // Checked again now, not taken from the panel's last idle run: the body may have changed since.
    const problems = currentProblems(article, editor, settings, now);
    return stampPublished(article, {
      now,
      ...(picked.at === undefined ? {} : { at: picked.at }),
      by,
      timeZone: settings.timeZone,
      problems,
      ...(overriding ? { override: { reason } } : {}),
    });
  };
  return (
    <StampDialog
      title="Stamp as published"
      submitLabel="Stamp as published"
      yourName={settings.yourName}
      defaultByline={settings.defaultByline}
      onStamp={stamp}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <WhenField id="publish-when" legend="Went live" when={when} timeZone={settings.timeZone} onChange={setWhen} />
      {clears.length > 0 ? (
        <p className="field-help page-dates-cleared" role="note">
          {`This stamp clears ${clears.map((text) => `“${text}”`).join(' and ')} from the imported page, on the record: the page's dates cannot come before the article's own publication. To keep them, cancel and adopt them in the Dates tab, or pick a time on or before them.`}
        </p>
      ) : null}
      <div className="field field-check">
        <input
          id="publish-override"
          type="checkbox"
          checked={overriding}
          onChange={(event) => setOverriding(event.target.checked)}
        />
        <label htmlFor="publish-override">Override blocking problems</label>
      </div>
      {overriding ? (
        <div className="field">
          <label htmlFor="publish-override-reason">Reason for the override</label>
          <textarea
            id="publish-override-reason"
            rows={3}
            maxLength={2000}
            aria-describedby="publish-override-help"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id="publish-override-help" className="field-help">
            Kept with the stamp, with the problems it let through.
          </p>
        </div>
      ) : null}
    </StampDialog>
  );
}

/** The lines of the page's dates this stamp would clear, for the dialog to say so before it is made. */
function pageDatesCleared(stamps: ArticleStamps, when: When, settings: StampDialogProps['desk']['settings']): string[] {
  if (stamps.pageDates === undefined) return [];
  const picked = atOf(when, settings.timeZone);
  const publishedAt = picked.ok && picked.at !== undefined ? picked.at : clockNow();
  const gone = unholdablePageDates({ ...stamps, publishedAt }, settings.timeZone);
  return pendingDateLines(stamps.pageDates, settings)
    .filter((line) => gone.includes(line.kind))
    .map((line) => line.text);
}
