// The History section: every revision of the article (when, who, why, how long), a comparison of
// any two, or of one with the current text, "changes since I last looked", and Restore, which
// adds a revision so nothing is ever lost. A history that cannot be read is reported here and
// never stands in the article's way.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { RevisionEntry } from '../../core/ipc/contract';
import type { Settings } from '../../core/settings/settings';
import { useEditable } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { DiffView } from './DiffView';
import type { HistoryApi } from './historyApi';
import type { LastLooked } from './lastLooked';
import { stagesOfRevisions } from './reasonLabel';
import { RestoreDialog } from './RestoreDialog';
import { RevisionList } from './RevisionList';
import { SinceLastLooked } from './SinceLastLooked';
import { useComparison, type Comparison } from './useComparison';
import { useRevisions } from './useRevisions';
import './history.css';

interface HistoryPanelProps {
  session: ArticleSession;
  api: HistoryApi;
  looked: LastLooked;
  settings: Pick<Settings, 'yourName' | 'timeZone'>;
  /** Restores a revision into the open article (restoreInDesk); null when done, else why not. */
  onRestore: (rev: number) => Promise<string | null>;
}

export function HistoryPanel({ session, api, looked, settings, onRestore }: HistoryPanelProps) {
  const viewer = settings.yourName.trim();
  const { history, error } = useRevisions(api, session, viewer);
  const editable = useEditable(session);
  const seenBefore = useSyncExternalStore(looked.subscribe, () => looked.seenBefore(session.id, viewer));
  const [selected, setSelected] = useState<number[]>([]);
  const [sinceFrom, setSinceFrom] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<RevisionEntry | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'done' | 'refused'; text: string } | null>(null);
  const revisions = useMemo(() => history?.revisions ?? [], [history]);
  const review = useSyncExternalStore(session.subscribe, session.getReview);
  // The stage each move went to, from the desk's log as the article holds it now.
  const details = useMemo(() => stagesOfRevisions(revisions, review.log), [revisions, review]);
  const comparison = comparisonOf(selected, sinceFrom);
  const compared = useComparison(api, session, comparison);
  const diffHeading = useRef<HTMLHeadingElement>(null);

  // A new comparison is brought into view (the list may be scrolled far below it); the keyboard stays put.
  const shownKey = comparison ? `${comparison.from}-${comparison.to}` : null;
  useEffect(() => {
    if (shownKey) diffHeading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shownKey]);

  const toggle = (rev: number) => {
    setSinceFrom(null);
    setSelected((was) => (was.includes(rev) ? was.filter((one) => one !== rev) : [...was, rev].slice(-2)));
  };
  const restore = async (revision: RevisionEntry) => {
    setRestoring(null);
    setOutcome(null);
    const refused = await onRestore(revision.rev);
    setSelected([]);
    setSinceFrom(null);
    setOutcome(
      refused === null
        ? {
            tone: 'done',
            text: `Revision ${revision.rev} is restored, as a new revision: the versions after it stay in the history.`,
          }
        : { tone: 'refused', text: `Revision ${revision.rev} was not restored: ${refused}` },
    );
  };

  return (
    <section aria-label="History" className="history-panel">
      <h2 className="details-title">History</h2>
      {error !== null ? (
        <p className="history-problem">{`The history cannot be shown: ${error} The article itself is not affected.`}</p>
      ) : null}
      {history?.problem ? (
        <p className="history-problem">{`${history.problem} The article itself is not affected.`}</p>
      ) : null}
      <p role="status" className={outcome?.tone === 'refused' ? 'history-problem' : 'history-outcome'}>
        {outcome?.text ?? ''}
      </p>
      {history ? (
        <SinceLastLooked
          viewer={viewer}
          seenBefore={seenBefore}
          revisions={revisions}
          onShow={(from) => {
            setSelected([]);
            setSinceFrom(from);
          }}
        />
      ) : null}
      {comparison ? (
        <section aria-labelledby="history-diff-heading" className="revision-diff">
          <h3 id="history-diff-heading" ref={diffHeading} className="history-heading">
            {comparisonTitle(comparison, sinceFrom !== null)}
          </h3>
          {compared.kind === 'shown' ? <DiffView diff={compared.diff} /> : null}
          {compared.kind === 'reading' ? <p className="panel-empty">Comparing…</p> : null}
          {compared.kind === 'failed' ? <p className="history-problem">{compared.message}</p> : null}
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setSelected([]);
              setSinceFrom(null);
            }}
          >
            Close comparison
          </button>
        </section>
      ) : null}
      <h3 className="history-heading">Revisions</h3>
      {history && revisions.length === 0 ? (
        <p className="panel-empty">No revisions yet: the first is recorded when the article is next saved.</p>
      ) : null}
      {revisions.length > 0 ? (
        <>
          <p className="panel-empty">Tick one revision to compare it with the current text, or two to compare them.</p>
          <RevisionList
            revisions={revisions}
            details={details}
            selected={selected}
            timeZone={settings.timeZone}
            canRestore={editable}
            onToggle={toggle}
            onRestore={setRestoring}
          />
        </>
      ) : null}
      {restoring ? (
        <RestoreDialog
          revision={restoring}
          timeZone={settings.timeZone}
          onCancel={() => setRestoring(null)}
          onConfirm={() => void restore(restoring)}
        />
      ) : null}
    </section>
  );
}

function comparisonOf(selected: readonly number[], sinceFrom: number | null): Comparison | null {
  if (sinceFrom !== null) return { from: sinceFrom, to: 'current' };
  if (selected.length === 0) return null;
  if (selected.length === 1) return { from: selected[0]!, to: 'current' };
  const [a, b] = selected as [number, number];
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function comparisonTitle(comparison: Comparison, since: boolean): string {
  if (since) return `Changes since you last looked (revision ${comparison.from} to now)`;
  return comparison.to === 'current'
    ? `Revision ${comparison.from} compared with the current text`
    : `Revision ${comparison.from} compared with revision ${comparison.to}`;
}
