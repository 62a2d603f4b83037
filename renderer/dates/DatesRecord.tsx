// What the Dates panel shows of an article's stamps: its status, the date lines exactly as the
// export prints them (core dateLines), the updates log and the record of publish stamps, every
// time on the newsroom's clock in words ("Feb. 18, 2021, 9:14 p.m. EST"), the exact instant in
// <time datetime>. A stamp adopted from a page that gave only a day shows the day alone.
import { dateLines, type DateLine } from '../../core/dates/date-lines';
import { formatDay, formatRecordTime } from '../../core/dates/display';
import { instantIn } from '../../core/dates/zones';
import { adoptedDays } from '../../core/article/page-dates';
import type { PublishStamp } from '../../core/article/article';
import type { ArticleStamps } from '../session/articleStamps';
import type { DatesSettings } from './stampDesk';
import { KIND_NAMES } from './UpdateDialog';

interface DatesRecordProps {
  stamps: ArticleStamps;
  settings: DatesSettings;
}

export function DatesRecord({ stamps, settings }: DatesRecordProps) {
  const lines = dateLines(stamps, settings);
  const days = adoptedDays(stamps.pageDates);
  return (
    <>
      <dl className="dates-status">
        <dt>Status</dt>
        <dd>{stamps.status === 'published' ? 'Published' : 'Draft'}</dd>
        <dt>Embargo</dt>
        <dd>
          {stamps.embargoUntil === null ? 'None' : <Instant at={stamps.embargoUntil} timeZone={settings.timeZone} />}
        </dd>
      </dl>
      <h3 className="dates-heading">Date lines</h3>
      <div aria-label="Date lines" role="group" className="date-lines">
        {lines.published ? (
          <Line line={lines.published} />
        ) : (
          <p className="panel-empty">Not stamped as published yet.</p>
        )}
        {lines.lastUpdated ? <Line line={lines.lastUpdated} /> : null}
      </div>
      <h3 className="dates-heading">Updates</h3>
      {lines.updates.length === 0 ? <p className="panel-empty">No updates stamped.</p> : null}
      <ol id="dates-updates" tabIndex={-1} aria-label="Updates log" className="updates-log">
        {lines.updates.map((update, index) => (
          <li key={update.id} className="update-entry" data-kind={update.kind}>
            <p className="update-kind">{KIND_NAMES[update.kind]}</p>
            <Line line={update} />
            <p className="update-by">{`by ${stamps.updates[index]?.by ?? ''}`}</p>
          </li>
        ))}
      </ol>
      <h3 className="dates-heading">Publish stamps</h3>
      {stamps.publishStamps.length === 0 ? <p className="panel-empty">No publish stamps yet.</p> : null}
      <ol aria-label="Publish stamps" className="publish-stamps">
        {stamps.publishStamps.map((stamp) => (
          <li key={stamp.id} className="publish-stamp">
            <StampEntry stamp={stamp} timeZone={settings.timeZone} day={days.get(stamp.id)} />
          </li>
        ))}
      </ol>
    </>
  );
}

function Line({ line }: { line: DateLine }) {
  return (
    <p className="date-line">
      <time dateTime={line.datetime}>{line.text}</time>
    </p>
  );
}

/**
 * The record is the desk's, not the reader's: a time on the newsroom's clock to the minute (the
 * second when it is not on one), whatever the readers' date style; the exact instant on hover.
 */
export function Instant({ at, timeZone }: { at: string; timeZone: string }) {
  const exact = instantIn(timeZone, at);
  return (
    <time dateTime={exact} title={exact}>
      {formatRecordTime(at, timeZone)}
    </time>
  );
}

function StampEntry({ stamp, timeZone, day }: { stamp: PublishStamp; timeZone: string; day: string | undefined }) {
  return (
    <>
      <p className="stamp-what">
        {stamp.kind === 'published' ? 'Stamped as published: ' : 'Publication time corrected to '}
        {day === undefined ? (
          <Instant at={stamp.publishedAt} timeZone={timeZone} />
        ) : (
          <time dateTime={day}>{`${formatDay(day, 'ap')} (the imported page's day, no time given)`}</time>
        )}
        {stamp.previous !== null ? (
          <>
            {' (was '}
            <Instant at={stamp.previous} timeZone={timeZone} />)
          </>
        ) : null}
      </p>
      <p className="stamp-who">
        {`by ${stamp.by}, at `}
        <Instant at={stamp.stampedAt} timeZone={timeZone} />
      </p>
      {stamp.reason !== null ? <p className="stamp-reason">{`Reason: ${stamp.reason}`}</p> : null}
      {stamp.override !== null ? (
        <p className="stamp-override">{`Check overridden (${stamp.override.problems.join(', ')}): ${stamp.override.reason}`}</p>
      ) : null}
    </>
  );
}
