// The stage log under the stage: every move, newest first, with who, when and the note.
import { useId } from 'react';
import type { StageChange } from '../../core/review/review';
import { STAGE_LABELS } from '../../core/review/stages';
import { Instant } from '../dates/DatesRecord';

export function StageLog({ log, timeZone }: { log: readonly StageChange[]; timeZone: string }) {
  const id = useId();
  const newestFirst = [...log].reverse();
  return (
    <section aria-labelledby={id} className="review-log">
      <h3 id={id} className="review-heading">
        Stage log
      </h3>
      {newestFirst.length === 0 ? (
        <p className="panel-empty">Nobody has moved this article yet.</p>
      ) : (
        <ol aria-label="Stage log" className="review-log-list">
          {newestFirst.map((change, index) => (
            <li key={`${change.at}-${index}`} className="review-log-entry">
              <p className="review-log-move">
                {change.from === change.to
                  ? `Reassigned (${STAGE_LABELS[change.to]})`
                  : `${STAGE_LABELS[change.from]} → ${STAGE_LABELS[change.to]}`}
              </p>
              <p className="review-meta">
                {`${change.by || 'Someone'}, `}
                <Instant at={change.at} timeZone={timeZone} />
              </p>
              {change.note !== null ? <p className="review-log-note">{change.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
