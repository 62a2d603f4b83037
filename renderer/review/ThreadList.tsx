// The article's comment threads in the order a reader meets them (field threads first, then the
// body's, detached ones last), open ones only unless "Show resolved" is ticked, and the composer
// for a new one.
import type { Editor } from '@tiptap/core';
import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import type { Review, Thread } from '../../core/review/review';
import { threadsInOrder, type ListedThread } from '../../core/review/threads';
import { ariaShortcut, shortcutLabel } from '../editor/body/shortcuts';
import { useIdleValue } from '../editor/body/useIdleValue';
import type { ArticleSession } from '../session/articleSession';
import { NAME_NEEDED, type ActingName } from './actingName';
import { CommentComposer } from './CommentComposer';
import type { ReviewDesk } from './reviewDesk';
import { openThread, remove, reopen, replyTo, resolve } from './reviewActions';
import { selectionForComment } from './selectionForComment';
import { ThreadCard } from './ThreadCard';

export const COMMENT_SHORTCUT = 'Mod+Alt+M';

interface ThreadListProps {
  session: ArticleSession;
  editor: Editor;
  review: Review;
  desk: ReviewDesk;
  acting: ActingName;
  timeZone: string;
  editable: boolean;
  onGo: (listed: ListedThread) => void;
}

export function ThreadList({ session, editor, review, desk, acting, timeZone, editable, onGo }: ThreadListProps) {
  const id = useId();
  const { activeThread, composing } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);
  const [showResolved, setShowResolved] = useState(false);
  // Worked out again when a thread changes, and when the reporter pauses (words deleted detach one).
  const compute = useCallback(
    () => (review.threads.length === 0 ? [] : threadsInOrder(session.draft())),
    [session, review],
  );
  const listed = useIdleValue(editor, compute);
  const resolvedCount = listed.filter(({ thread }) => thread.resolved).length;
  const shown = listed.filter(({ thread }) => showResolved || !thread.resolved || thread.id === activeThread);
  const named = <T,>(action: (by: string) => T): T | string => (acting.name === '' ? NAME_NEEDED : action(acting.name));

  const post = (place: Parameters<typeof openThread>[2], text: string): string | null => {
    if (acting.name === '') return NAME_NEEDED;
    const result = openThread(session, editor, place, { by: acting.name, text });
    if (!result.ok) return result.reason;
    acting.used();
    desk.closeComposer();
    desk.showThread(result.threadId);
    return null;
  };

  return (
    <section aria-labelledby={id} className="review-threads">
      <div className="review-section-head">
        <h3 id={id} className="review-heading">
          Comments
        </h3>
        {editable ? (
          <button
            type="button"
            className="quiet"
            aria-keyshortcuts={ariaShortcut(COMMENT_SHORTCUT)}
            title={`New comment (${shortcutLabel(COMMENT_SHORTCUT)})`}
            onClick={() => desk.compose(selectionForComment(editor))}
          >
            New comment
          </button>
        ) : null}
      </div>
      {composing && editable ? (
        <CommentComposer
          key={composing.request}
          selection={composing.selection}
          onPost={post}
          onCancel={() => {
            desk.closeComposer();
            editor.commands.focus();
          }}
        />
      ) : null}
      <p className="review-count" role="status">
        {countLine(listed.length - resolvedCount, resolvedCount)}
      </p>
      {resolvedCount > 0 ? (
        <label className="field-check review-show-resolved">
          <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} />
          Show resolved
        </label>
      ) : null}
      {shown.length > 0 ? (
        <ol aria-label="Comment threads" className="review-thread-list">
          {shown.map((entry) => (
            <li key={entry.thread.id}>
              <ThreadCard
                listed={entry}
                timeZone={timeZone}
                editable={editable}
                active={entry.thread.id === activeThread}
                onGo={(thread) => {
                  desk.showThread(thread.thread.id);
                  onGo(thread);
                }}
                onReply={(threadId, text) => named((by) => replyTo(session, threadId, { by, text }))}
                onResolve={(threadId) => named((by) => resolve(session, threadId, by))}
                onReopen={(threadId) => reopen(session, threadId)}
                onDelete={
                  ownLoneComment(entry.thread, acting.name) ? (threadId) => remove(session, editor, threadId) : null
                }
              />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** A comment opened by mistake: the user's own, with no reply yet (as Google Docs lets one delete). */
const ownLoneComment = (thread: Thread, name: string): boolean =>
  name !== '' && thread.comments.length === 1 && thread.comments[0]!.by === name;

function countLine(open: number, resolved: number): string {
  if (open === 0 && resolved === 0) return 'No comments yet. Select words in the body and press New comment.';
  const openText = open === 0 ? 'No open comments' : `${open} open ${open === 1 ? 'comment' : 'comments'}`;
  return resolved === 0 ? `${openText}.` : `${openText}, ${resolved} resolved.`;
}
