// The article's head above the body: kicker, headline with its length, and deck.
import { HeadlineField } from '../editor/HeadlineField';
import type { ArticleSession } from '../session/articleSession';
import { useEditable, useField } from './useFields';

interface ArticleHeadProps {
  session: ArticleSession;
  headlineLimit: number;
  onHeadlineEnter: () => void;
  onLeaveField: () => void;
}

export function ArticleHead({ session, headlineLimit, onHeadlineEnter, onLeaveField }: ArticleHeadProps) {
  const kicker = useField(session, (fields) => fields.kicker);
  const headline = useField(session, (fields) => fields.headline);
  const deck = useField(session, (fields) => fields.deck);
  const readOnly = !useEditable(session);
  return (
    <div className="article-head">
      <input
        className="kicker"
        aria-label="Kicker"
        placeholder="Kicker"
        maxLength={200}
        value={kicker}
        readOnly={readOnly}
        onChange={(event) => session.editFields({ kicker: event.target.value })}
        onBlur={onLeaveField}
      />
      <HeadlineField
        value={headline}
        readOnly={readOnly}
        limit={headlineLimit}
        onChange={(next) => session.editFields({ headline: next })}
        onEnter={onHeadlineEnter}
        onBlur={onLeaveField}
      />
      <textarea
        className="deck"
        aria-label="Deck"
        placeholder="Deck"
        rows={2}
        maxLength={5000}
        value={deck}
        readOnly={readOnly}
        onChange={(event) => session.editFields({ deck: event.target.value })}
        onBlur={onLeaveField}
      />
    </div>
  );
}
