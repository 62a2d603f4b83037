// "From the imported page": the dates a page gave, shown apart from the article's record with
// Adopt and Clear while they wait, and what became of each once someone decided (core/stamps/
// page-dates.ts holds the rule). A day without a time shows as the day alone.
import { pendingPageDates, type PageDateKind } from '../../core/article/page-dates';
import { pendingDateLines } from '../../core/dates/date-lines';
import { formatDayOrInstant } from '../../core/dates/days';
import type { ArticleStamps } from '../session/articleStamps';
import { Instant } from './DatesRecord';
import type { DatesSettings } from './stampDesk';

const KIND_WORDS: Record<PageDateKind, string> = { published: 'Published', updated: 'Last updated' };

interface PageDatesSectionProps {
  stamps: ArticleStamps;
  settings: DatesSettings;
  /** False while the article is read-only: the dates show, the actions do not. */
  editable: boolean;
  onAdopt: () => void;
  onClear: () => void;
}

export function PageDatesSection({ stamps, settings, editable, onAdopt, onClear }: PageDatesSectionProps) {
  const { pageDates } = stamps;
  if (pageDates === undefined) return null;
  const waiting = pendingDateLines(pageDates, settings);
  const pending = pendingPageDates(pageDates);
  // An update comes after publication: a page that gave only its last-updated day cannot be
  // adopted before the story has a publication time of its own.
  const onlyUpdated = pending.find(({ kind }) => kind === 'updated');
  const needsPublication = stamps.publishedAt === null && pending.every(({ kind }) => kind === 'updated');
  const settled = (['published', 'updated'] as const).flatMap((kind) => {
    const entry = pageDates[kind];
    return entry?.settled ? [{ kind, date: entry.date, decision: entry.settled }] : [];
  });
  return (
    <section aria-labelledby="page-dates-heading" className="page-dates">
      <h3 id="page-dates-heading" className="dates-heading">
        From the imported page
      </h3>
      {waiting.length > 0 ? (
        <>
          <p className="field-help">{`${pageDates.from} gave these dates. They are not on the article's record until you adopt them.`}</p>
          <div role="group" aria-label="Dates from the imported page" className="date-lines page-date-lines">
            {waiting.map((line) => (
              <p key={line.kind} className="date-line">
                <time dateTime={line.datetime}>{line.text}</time>
              </p>
            ))}
          </div>
          {editable ? (
            <>
              {needsPublication && onlyUpdated ? (
                <p className="field-help page-dates-hint">
                  {`The page gave no publication date. To adopt this day, first stamp as published on or before ${formatDayOrInstant(onlyUpdated.date, 'ap', settings.timeZone)}. Stamping as published later clears it.`}
                </p>
              ) : null}
              <div role="group" aria-label="The page's dates" className="stamp-actions">
                {needsPublication ? null : (
                  <button type="button" onClick={onAdopt}>
                    Adopt the page’s dates
                  </button>
                )}
                <button type="button" className="danger" onClick={onClear}>
                  Clear the page’s dates
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
      {settled.length > 0 ? (
        <ul aria-label="Decisions on the page's dates" className="page-date-decisions">
          {settled.map(({ kind, date, decision }) => (
            <li key={kind} className="page-date-decision">
              <p className="stamp-what">
                {`${KIND_WORDS[kind]} ${formatDayOrInstant(date, settings.dateStyle, settings.timeZone)}: ${decision.as}`}
              </p>
              <p className="stamp-who">
                {`by ${decision.by}, at `}
                <Instant at={decision.at} timeZone={settings.timeZone} />
              </p>
              {decision.why !== '' ? <p className="stamp-reason">{decision.why}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
