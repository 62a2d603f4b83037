// The revisions, newest first: when, who, why and how long. Ticking one compares it with the
// current text, ticking a second compares the two (a third replaces the one ticked first).
// Every revision but the newest can be restored.
import type { RevisionEntry } from '../../core/ipc/contract';
import { Instant } from '../dates/DatesRecord';
import { reasonLabel } from './reasonLabel';

interface RevisionListProps {
  revisions: readonly RevisionEntry[];
  /** Stage revisions' stages, by revision (reasonLabel's detail). */
  details: ReadonlyMap<number, string>;
  selected: readonly number[];
  timeZone: string;
  canRestore: boolean;
  onToggle: (rev: number) => void;
  onRestore: (revision: RevisionEntry) => void;
}

/** The stage a move went to, or the revision a restore took back. */
const detailOf = (revision: RevisionEntry, details: ReadonlyMap<number, string>): string | null =>
  revision.reason === 'restore'
    ? revision.restored == null
      ? null
      : String(revision.restored)
    : (details.get(revision.rev) ?? null);

export function RevisionList({
  revisions,
  details,
  selected,
  timeZone,
  canRestore,
  onToggle,
  onRestore,
}: RevisionListProps) {
  const newest = revisions.at(-1)?.rev;
  return (
    <ol aria-label="Revisions, newest first" className="revision-list">
      {[...revisions].reverse().map((revision) => {
        const latest = revision.rev === newest;
        return (
          <li key={revision.rev} className="revision" data-selected={selected.includes(revision.rev) || undefined}>
            <label className="revision-pick">
              <input
                type="checkbox"
                checked={selected.includes(revision.rev)}
                onChange={() => onToggle(revision.rev)}
              />
              <span className="revision-title">{`Revision ${revision.rev}`}</span>
            </label>
            {latest ? <span className="revision-latest">Latest</span> : null}
            <p className="revision-why">{reasonLabel(revision.reason, detailOf(revision, details))}</p>
            <p className="revision-meta">
              <Instant at={revision.at} timeZone={timeZone} />
              {revision.by.trim() ? ` · ${revision.by}` : ''}
              {` · ${revision.words === 1 ? '1 word' : `${revision.words} words`}`}
            </p>
            {canRestore && !latest ? (
              <button type="button" className="quiet revision-restore" onClick={() => onRestore(revision)}>
                {`Restore revision ${revision.rev}…`}
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
