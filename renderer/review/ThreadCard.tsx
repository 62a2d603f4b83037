// One comment thread as the desk reads it: what it is on (a button that goes there), each comment
// with who and when, then Reply and Resolve (or Reopen). A detached thread keeps the words it was on.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ListedThread } from '../../core/review/threads';
import { excerpt } from '../../core/checks/problem';
import { Instant } from '../dates/DatesRecord';
import { placeOf } from './threadPlaces';

export interface ThreadActions {
  onGo: (listed: ListedThread) => void;
  onReply: (threadId: string, text: string) => string | null;
  onResolve: (threadId: string) => string | null;
  onReopen: (threadId: string) => string | null;
  /** Takes a thread opened by mistake off the record; offered only while it is one comment by the user. */
  onDelete: ((threadId: string) => string | null) | null;
}

interface ThreadCardProps extends ThreadActions {
  listed: ListedThread;
  timeZone: string;
  editable: boolean;
  /** The thread whose words were clicked in the body: shown and outlined. */
  active: boolean;
}

export function ThreadCard({
  listed,
  timeZone,
  editable,
  active,
  onGo,
  onReply,
  onResolve,
  onReopen,
  onDelete,
}: ThreadCardProps) {
  const { thread, detached } = listed;
  const ids = useId();
  const card = useRef<HTMLElement>(null);
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const words = excerpt(thread.quote || thread.comments[0]!.text, 60);
  const about = `the comment on “${words}”`;

  useEffect(() => {
    if (active) card.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const problem = onReply(thread.id, text);
    setRefusal(problem);
    if (problem === null) {
      setText('');
      setReplying(false);
    }
  };
  const run = (action: (id: string) => string | null) => setRefusal(action(thread.id));
  const canGo = !detached;

  return (
    <article
      ref={card}
      aria-labelledby={`${ids}-about`}
      className="review-thread"
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
      data-detached={detached}
      data-active={active}
    >
      <p id={`${ids}-about`} className="review-thread-place">
        <span className="review-thread-where">{placeOf(listed)}</span>
        {detached ? <span className="review-detached-flag"> (detached)</span> : null}
      </p>
      {canGo ? (
        <button
          type="button"
          className="quiet review-thread-quote"
          aria-label={`Go to “${words}”`}
          onClick={() => onGo(listed)}
        >
          <q>{words}</q>
        </button>
      ) : (
        <p className="review-thread-quote" data-detached="true">
          <q>{words}</q>
        </p>
      )}
      <ol aria-label={`Comments on “${words}”`} className="review-comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="review-comment">
            <p className="review-meta">
              <span className="review-who">{comment.by || 'Someone'}</span>
              {', '}
              <Instant at={comment.at} timeZone={timeZone} />
            </p>
            <p className="review-comment-text">{comment.text}</p>
          </li>
        ))}
      </ol>
      {thread.resolved ? (
        <p className="review-meta review-resolved">
          {`Resolved by ${thread.resolvedBy ?? 'someone'}`}
          {thread.resolvedAt !== null ? (
            <>
              {', '}
              <Instant at={thread.resolvedAt} timeZone={timeZone} />
            </>
          ) : null}
        </p>
      ) : null}
      {editable && replying ? (
        <form className="review-reply" onSubmit={send}>
          <label htmlFor={`${ids}-reply`} className="visually-hidden">{`Reply to ${about}`}</label>
          <textarea
            id={`${ids}-reply`}
            rows={2}
            maxLength={10_000}
            autoFocus
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setReplying(false);
              }
            }}
          />
          <div className="review-thread-actions">
            <button type="submit">Post reply</button>
            <button type="button" className="quiet" onClick={() => setReplying(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {editable && !replying ? (
        <div className="review-thread-actions">
          <button type="button" className="quiet" aria-label={`Reply to ${about}`} onClick={() => setReplying(true)}>
            Reply
          </button>
          {thread.resolved ? (
            <button type="button" className="quiet" aria-label={`Reopen ${about}`} onClick={() => run(onReopen)}>
              Reopen
            </button>
          ) : (
            <button type="button" className="quiet" aria-label={`Resolve ${about}`} onClick={() => run(onResolve)}>
              Resolve
            </button>
          )}
          {onDelete ? (
            <button type="button" className="quiet" aria-label={`Delete ${about}`} onClick={() => run(onDelete)}>
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
      {refusal !== null ? (
        <p role="alert" className="review-refusal">
          {refusal}
        </p>
      ) : null}
    </article>
  );
}
