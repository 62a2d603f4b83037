// Everything above the body of an open article: read-only banner, save state, trash, headline.
import type { ArticleSession } from '../session/articleSession';
import { HeadlineField } from './HeadlineField';
import { SaveStateIndicator } from './SaveStateIndicator';
import { useSession } from './useSession';

interface ArticleHeaderProps {
  session: ArticleSession;
  onTrash: () => void;
  onHeadlineEnter: () => void;
  onLeaveField: () => void;
}

export function ArticleHeader({ session, onTrash, onHeadlineEnter, onLeaveField }: ArticleHeaderProps) {
  const snapshot = useSession(session);
  return (
    <header className="article-header">
      {snapshot.readOnly ? (
        <div role="alert" className="banner">
          <strong>Read-only.</strong> {snapshot.readOnly}
        </div>
      ) : null}
      <div className="article-toolbar">
        <SaveStateIndicator state={snapshot.saveState} />
        <button type="button" className="quiet" onClick={onTrash}>
          Move to trash
        </button>
      </div>
      <HeadlineField
        value={snapshot.headline}
        readOnly={!snapshot.editable}
        onChange={(headline) => session.setHeadline(headline)}
        onEnter={onHeadlineEnter}
        onBlur={onLeaveField}
      />
    </header>
  );
}
