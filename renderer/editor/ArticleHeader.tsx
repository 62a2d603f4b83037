// Everything above the body of an open article: read-only banner (with, for a copy carrying
// another file's id, the way to keep it as an article of its own), the article's actions and save
// state, then its head (kicker, headline, deck).
import { isCopyId } from '../../core/ipc/contract';
import { ArticleHead } from '../fields/ArticleHead';
import type { ArticleSession } from '../session/articleSession';
import { SaveStateIndicator } from './SaveStateIndicator';
import { useSession } from './useSession';

export interface ArticleActions {
  onDuplicate: () => void;
  onShowInFolder: () => void;
  onTrash: () => void;
  onToggleFocus: () => void;
  /** A read-only copy gets an id of its own, everything else in its file kept. */
  onKeepAsSeparate: () => void;
}

interface ArticleHeaderProps extends ArticleActions {
  session: ArticleSession;
  focusMode: boolean;
  headlineLimit: number;
  onHeadlineEnter: () => void;
  onLeaveField: () => void;
}

export function ArticleHeader({
  session,
  focusMode,
  headlineLimit,
  onHeadlineEnter,
  onLeaveField,
  ...actions
}: ArticleHeaderProps) {
  const snapshot = useSession(session);
  return (
    <header className="article-header">
      {snapshot.readOnly ? (
        <div role="alert" className="banner">
          <strong>Read-only.</strong> {snapshot.readOnly}
          {isCopyId(session.id) ? (
            <div className="banner-actions">
              <button type="button" onClick={actions.onKeepAsSeparate}>
                Keep as a separate article
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="article-toolbar">
        <SaveStateIndicator state={snapshot.saveState} />
        <div className="article-actions">
          <button type="button" className="quiet" aria-pressed={focusMode} onClick={actions.onToggleFocus}>
            Focus mode
          </button>
          <button type="button" className="quiet" onClick={actions.onDuplicate}>
            Duplicate
          </button>
          <button type="button" className="quiet" onClick={actions.onShowInFolder}>
            Show in folder
          </button>
          <button type="button" className="quiet" onClick={actions.onTrash}>
            Move to trash
          </button>
        </div>
      </div>
      <ArticleHead
        session={session}
        headlineLimit={headlineLimit}
        onHeadlineEnter={onHeadlineEnter}
        onLeaveField={onLeaveField}
      />
    </header>
  );
}
