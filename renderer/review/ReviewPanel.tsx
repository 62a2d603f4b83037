// The Review section of the side panel: where the article is on the desk and its moves, the
// comment threads, the pending suggestions, and the stage log, for reporter and editor alike.
import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import type { Settings } from '../../core/settings/settings';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { ActingNameField, useActingName } from './actingName';
import type { ReviewDesk } from './reviewDesk';
import { StageControl } from './StageControl';
import { StageLog } from './StageLog';
import { SuggestionList } from './SuggestionList';
import { goToThread } from './threadPlaces';
import { ThreadList } from './ThreadList';
import { useReview } from './useReview';

export type ReviewSettings = Pick<Settings, 'yourName' | 'defaultByline' | 'timeZone'>;

interface ReviewPanelProps {
  session: ArticleSession;
  editor: Editor;
  desk: ReviewDesk;
  settings: ReviewSettings;
  onShowPanel: (panel: 'Details') => void;
}

export function ReviewPanel({ session, editor, desk, settings, onShowPanel }: ReviewPanelProps) {
  const review = useReview(session);
  const editable = useEditable(session);
  const bylines = useField(session, (fields) => fields.bylines);
  const acting = useActingName(settings);
  const people = useMemo(() => {
    const names = [...bylines.map((byline) => byline.name), ...review.log.map((change) => change.by)];
    if (review.assignee !== null) names.push(review.assignee);
    return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].sort();
  }, [bylines, review]);

  return (
    <section aria-label="Review" className="review-panel">
      <h2 className="details-title">Review</h2>
      {editable ? <ActingNameField acting={acting} /> : null}
      <StageControl
        session={session}
        review={review}
        acting={acting}
        timeZone={settings.timeZone}
        editable={editable}
        people={people}
      />
      <ThreadList
        session={session}
        editor={editor}
        review={review}
        desk={desk}
        acting={acting}
        timeZone={settings.timeZone}
        editable={editable}
        onGo={(listed) => goToThread(listed, editor, onShowPanel)}
      />
      <SuggestionList editor={editor} timeZone={settings.timeZone} editable={editable} />
      <StageLog log={review.log} timeZone={settings.timeZone} />
    </section>
  );
}
