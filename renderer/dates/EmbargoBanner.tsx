// A banner above the article while its embargo holds, with the time it lifts in the newsroom's
// date style; it goes by itself when that time comes.
import { useEffect, useState } from 'react';
import { formatDate } from '../../core/dates/display';
import { toEpochMs } from '../../core/dates/instant';
import type { Settings } from '../../core/settings/settings';
import type { ArticleSession } from '../session/articleSession';
import '../styles/dates.css';
import { useStamps } from './useStamps';

// setTimeout holds at most about 24.8 days; a longer wait is taken in steps.
const LONGEST_WAIT_MS = 2 ** 31 - 1;

interface EmbargoBannerProps {
  session: ArticleSession;
  settings: Pick<Settings, 'dateStyle' | 'timeZone'>;
}

export function EmbargoBanner({ session, settings }: EmbargoBannerProps) {
  const { embargoUntil } = useStamps(session);
  const [now, setNow] = useState(() => Date.now());
  const liftsAt = embargoUntil === null ? null : toEpochMs(embargoUntil);
  useEffect(() => {
    if (liftsAt === null || liftsAt <= now) return;
    const timer = setTimeout(
      () => setNow(Date.now()),
      Math.max(0, Math.min(liftsAt - Date.now() + 1, LONGEST_WAIT_MS)),
    );
    return () => clearTimeout(timer);
  }, [liftsAt, now]);
  // `now` is the last tick; a timer moves it on when the embargo lifts.
  if (embargoUntil === null || liftsAt === null || liftsAt <= now) return null;
  return (
    <div role="status" aria-label="Embargo" className="embargo-banner">
      <strong>Embargoed</strong>
      {` until ${formatDate(embargoUntil, settings.dateStyle, settings.timeZone)}. It cannot be stamped as published before then.`}
    </div>
  );
}
