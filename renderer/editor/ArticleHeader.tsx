// Everything above the body of an open article: read-only banner (with, for a copy carrying
// another file's id, the way to keep it as an article of its own), the article's actions, then its
// head (kicker, headline, deck). The actions stay on one row at every width: Focus mode, Preview, and the
// ones used now and then in a More menu, as Docs and Word keep them in a menu. The save state
// lives in the status bar at the window's foot, where it never scrolls away.
import { isCopyId } from '../../core/ipc/contract';
import { FocusIcon, MoreIcon, PreviewIcon } from '../app/icons';
import { MoreMenu } from '../app/MoreMenu';
import { ArticleHead } from '../fields/ArticleHead';
import type { ArticleSession } from '../session/articleSession';
import { useSession } from './useSession';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const FOCUS_SHORTCUT = IS_MAC ? '⌘.' : 'Ctrl+.';

export interface ArticleActions {
  onDuplicate: () => void;
  onShowInFolder: () => void;
  onTrash: () => void;
  onToggleFocus: () => void;
  /** The exported page in place of the editor, and back. */
  onTogglePreview: () => void;
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
      <div className="article-actions">
        <button
          type="button"
          className="quiet"
          aria-pressed={focusMode}
          aria-keyshortcuts={IS_MAC ? 'Meta+Period' : 'Control+Period'}
          title={`Focus mode (${FOCUS_SHORTCUT}); Escape leaves it`}
          onClick={actions.onToggleFocus}
        >
          <FocusIcon />
          Focus mode
        </button>
        <button
          type="button"
          className="quiet"
          title="Preview the exported page, as readers will see it"
          onClick={actions.onTogglePreview}
        >
          <PreviewIcon />
          Preview
        </button>
        <MoreMenu
          label="More actions"
          items={[
            { label: 'Duplicate', onSelect: actions.onDuplicate },
            { label: 'Show in folder', onSelect: actions.onShowInFolder },
            { label: 'Move to trash', onSelect: actions.onTrash, destructive: true },
          ]}
        >
          <MoreIcon />
        </MoreMenu>
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
