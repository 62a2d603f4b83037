// The Dates panel: the stamp actions that apply to the article as it stands, the dates an
// imported page gave (apart from the record until adopted or cleared), and the record of its stamps. A date changes only through these, each stamp saved at once.
import { useState } from 'react';
import { useEditable } from '../fields/useFields';
import { CorrectPublishedDialog } from './CorrectPublishedDialog';
import { DatesRecord } from './DatesRecord';
import { EmbargoDialog } from './EmbargoDialog';
import { AdoptPageDatesDialog, ClearPageDatesDialog } from './PageDatesDialogs';
import { PageDatesSection } from './PageDatesSection';
import { PublishDialog } from './PublishDialog';
import type { StampDesk } from './stampDesk';
import { UpdateDialog } from './UpdateDialog';
import { useStamps } from './useStamps';

type Action = 'publish' | 'update' | 'correct' | 'embargo' | 'adopt' | 'clear';

const DIALOGS = {
  publish: PublishDialog,
  update: UpdateDialog,
  correct: CorrectPublishedDialog,
  embargo: EmbargoDialog,
  adopt: AdoptPageDatesDialog,
  clear: ClearPageDatesDialog,
} as const;

export function DatesPanel(desk: StampDesk) {
  const stamps = useStamps(desk.session);
  const editable = useEditable(desk.session);
  const [open, setOpen] = useState<Action | null>(null);
  const published = stamps.publishedAt !== null;
  const Dialog = open === null ? null : DIALOGS[open];
  const action = (name: Action, label: string, id?: string) => (
    <button type="button" id={id} onClick={() => setOpen(name)}>
      {label}
    </button>
  );
  return (
    <section aria-label="Dates" className="dates-panel">
      <h2 className="details-title">Dates</h2>
      {editable ? (
        <div role="group" aria-label="Stamps" className="stamp-actions">
          {published ? action('update', 'Stamp an update') : action('publish', 'Stamp as published')}
          {published
            ? action('correct', 'Correct publication time')
            : action('embargo', 'Embargo until…', 'dates-embargo')}
        </div>
      ) : (
        <p className="panel-empty">This article cannot be stamped while it is read-only.</p>
      )}
      <PageDatesSection
        stamps={stamps}
        settings={desk.settings}
        editable={editable}
        onAdopt={() => setOpen('adopt')}
        onClear={() => setOpen('clear')}
      />
      <DatesRecord stamps={stamps} settings={desk.settings} />
      {Dialog ? <Dialog desk={desk} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
