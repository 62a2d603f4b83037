// Whose name goes on a move, a comment or a suggestion: Settings' "Your name". When it is empty the
// Review section asks, as the stamp dialogs do (offering the name typed last in this session, else
// the default byline), and the name a change went through with is offered next time.
import { useState } from 'react';
import type { Settings } from '../../core/settings/settings';
import { offeredName, rememberName } from '../dates/stampName';

export interface ActingName {
  /** The name to record; '' while nobody has said it. */
  name: string;
  /** True when Settings has no name and the section asks for one. */
  asking: boolean;
  /** What the "Your name" field holds while asking. */
  asked: string;
  setAsked: (name: string) => void;
  /** Call once a change went through with the name. */
  used: () => void;
}

export function useActingName(settings: Pick<Settings, 'yourName' | 'defaultByline'>): ActingName {
  const [asked, setAsked] = useState(() => offeredName(settings));
  const asking = settings.yourName.trim() === '';
  const name = asking ? asked.trim() : settings.yourName.trim();
  return {
    name,
    asking,
    asked,
    setAsked,
    used: () => {
      if (asking) rememberName(asked);
    },
  };
}

export const NAME_NEEDED = 'Type your name first: every comment and move carries the name of the person making it.';

/** The "Your name" field shown at the top of the Review section while Settings has none. */
export function ActingNameField({ acting }: { acting: ActingName }) {
  if (!acting.asking) return null;
  return (
    <div className="field review-name">
      <label htmlFor="review-by">Your name</label>
      <input
        id="review-by"
        type="text"
        maxLength={200}
        aria-describedby="review-by-help"
        value={acting.asked}
        onChange={(event) => acting.setAsked(event.target.value)}
      />
      <p id="review-by-help" className="field-help">
        Comments and moves carry your name. Set it once in Settings to stop being asked.
      </p>
    </div>
  );
}
