// "Changes since I last looked": for the person named in Settings, one click to what others
// changed since they last had the article open (their own revisions since are no news to them).
import type { RevisionEntry } from '../../core/ipc/contract';

interface SinceLastLookedProps {
  viewer: string;
  /** The revision they had seen before this visit; null never, undefined not known yet. */
  seenBefore: number | null | undefined;
  revisions: readonly RevisionEntry[];
  onShow: (from: number) => void;
}

export function SinceLastLooked({ viewer, seenBefore, revisions, onShow }: SinceLastLookedProps) {
  const newest = revisions.at(-1);
  let content;
  if (viewer.trim() === '')
    content = (
      <p className="panel-empty">Put your name in Settings (Your name) to see what changed since you last looked.</p>
    );
  else if (seenBefore === undefined || !newest) content = null;
  else if (seenBefore === null)
    content = <p className="panel-empty">{`This is your first look at this article, ${viewer.trim()}.`}</p>;
  else {
    // One's own revisions since (typing here, or on another machine) are not news to oneself.
    const name = viewer.trim();
    const since = revisions.filter((revision) => revision.rev > seenBefore && revision.by.trim() !== name);
    const by = [...new Set(since.map((revision) => revision.by.trim()).filter(Boolean))];
    content =
      since.length === 0 ? (
        <p className="panel-empty">{`Nobody else has changed it since you last looked (revision ${seenBefore}).`}</p>
      ) : (
        <>
          <button type="button" onClick={() => onShow(seenBefore)}>
            Changes since I last looked
          </button>
          <p className="since-note">
            {`You last saw revision ${seenBefore}; ${since.length === 1 ? '1 revision' : `${since.length} revisions`} since${by.length > 0 ? `, by ${by.join(', ')}` : ''}.`}
          </p>
        </>
      );
  }
  return content ? <div className="since-last-looked">{content}</div> : null;
}
