// Adopt or clear the dates an imported page gave: each a stamp on the record, with the name of
// the person deciding. Adopting a publication date stamps the article as published, so the
// pre-publish check applies to it as to any publish stamp.
import { pendingDateLines } from '../../core/dates/date-lines';
import { adoptPageDates, clearPageDates } from '../../core/stamps/page-dates';
import { currentProblems } from '../checks/currentProblems';
import type { StampDialogProps } from './stampDesk';
import { StampDialog } from './StampDialog';
import { clockNow } from './stampTime';

const BECOMES = {
  published: "becomes the article's publication time (a publish stamp on the record).",
  updated: 'becomes an update in the updates log.',
} as const;

export function AdoptPageDatesDialog({ desk, onClose }: StampDialogProps) {
  const { session, editor, settings } = desk;
  const lines = pendingDateLines(session.getStamps().pageDates, settings);
  const stamp = (by: string) => {
    const now = clockNow();
    const article = session.draft();
    const problems = currentProblems(article, editor, settings, now);
    return adoptPageDates(article, { now, by, timeZone: settings.timeZone, problems });
  };
  return (
    <StampDialog
      title="Adopt the page’s dates"
      submitLabel="Adopt them"
      yourName={settings.yourName}
      defaultByline={settings.defaultByline}
      onStamp={stamp}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <ul className="page-dates-plan">
        {lines.map((line) => (
          <li key={line.kind}>{`“${line.text}” ${BECOMES[line.kind]}`}</li>
        ))}
      </ul>
      <p className="field-help">Readers see these dates in the export. Who adopted them is kept on the record.</p>
    </StampDialog>
  );
}

export function ClearPageDatesDialog({ desk, onClose }: StampDialogProps) {
  const { session, settings } = desk;
  const lines = pendingDateLines(session.getStamps().pageDates, settings);
  const stamp = (by: string) => clearPageDates(session.draft(), { now: clockNow(), by, timeZone: settings.timeZone });
  return (
    <StampDialog
      title="Clear the page’s dates"
      submitLabel="Clear them"
      submitTone="danger"
      yourName={settings.yourName}
      defaultByline={settings.defaultByline}
      onStamp={stamp}
      onStamped={(article) => session.stamp(article)}
      onClose={onClose}
    >
      <p>{`${lines.map((line) => `“${line.text}”`).join(' and ')} will be set aside. The article's own dates do not change; the record keeps what the page said and who cleared it.`}</p>
    </StampDialog>
  );
}
