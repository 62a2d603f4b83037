// Keeps the body's comment highlight in step with the review: which threads are open, which one
// the Review section shows, again after each pause in typing (undo or paste may bring marks back)
// and when another article loads. Clicking highlighted words shows their thread in the section;
// the toolbar's Comment opens the section's composer on the selected words.
import type { Editor } from '@tiptap/core';
import { useEffect, useSyncExternalStore } from 'react';
import { excerpt } from '../../core/checks/problem';
import type { Thread } from '../../core/review/review';
import { whenIdle } from '../editor/body/whenIdle';
import type { ArticleSession } from '../session/articleSession';
import { highlightedThreads, onHighlightRequests, setHighlightedThreads } from './commentHighlight';
import { selectionForComment } from './selectionForComment';
import type { ReviewDesk } from './reviewDesk';
import { useReview } from './useReview';

interface ReviewHighlightSyncProps {
  session: ArticleSession;
  editor: Editor;
  desk: ReviewDesk;
  onShowReview: () => void;
}

export function ReviewHighlightSync({ session, editor, desk, onShowReview }: ReviewHighlightSyncProps) {
  const review = useReview(session);
  const { activeThread } = useSyncExternalStore(desk.subscribe, desk.getSnapshot);

  useEffect(() => {
    const open = new Map(
      review.threads.filter((thread) => !thread.resolved).map((thread) => [thread.id, threadTitle(thread)] as const),
    );
    const send = () => {
      if (editor.isDestroyed) return;
      // Nothing to highlight, and nothing highlighted: an article without comments costs no work.
      if (open.size === 0 && highlightedThreads(editor.state)?.open.size === 0) return;
      editor.view.dispatch(setHighlightedThreads(editor.state.tr, { open, active: activeThread }));
    };
    const known = highlightedThreads(editor.state);
    if (known && (!sameThreads(known.open, open) || known.active !== activeThread)) {
      editor.view.dispatch(setHighlightedThreads(editor.state.tr, { open, active: activeThread }));
    }
    // After the transaction that loaded another article has been dispatched, not inside it.
    return whenIdle(editor, () => queueMicrotask(send));
  }, [editor, review, activeThread]);

  useEffect(
    () =>
      onHighlightRequests(editor, {
        onThreadClick: (threadId) => {
          desk.showThread(threadId);
          onShowReview();
        },
        onCommentRequest: () => {
          if (!editor.isEditable) return;
          desk.compose(selectionForComment(editor));
          onShowReview();
        },
      }),
    [editor, desk, onShowReview],
  );

  return null;
}

const sameThreads = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([id, title]) => b.get(id) === title);

/** "Comment by Sam Okoye: Which wall? (2 replies)": the highlight's hover and description. */
function threadTitle(thread: Thread): string {
  const [first] = thread.comments;
  const replies = thread.comments.length - 1;
  const more = replies === 0 ? '' : ` (${replies} ${replies === 1 ? 'reply' : 'replies'})`;
  return `Comment by ${first!.by || 'someone'}: ${excerpt(first!.text, 80)}${more}`;
}
