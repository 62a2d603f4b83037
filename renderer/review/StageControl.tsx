// Where the article is on the desk and the moves it can make from there: only the ones the
// stage table allows (core/review/stages NEXT_STAGES), each taking an optional note, a new
// assignee and a due time, on the record with who and when. A refusal is said and changes nothing.
import { useId, useState, type FormEvent } from 'react';
import type { ChosenStage, Review } from '../../core/review/review';
import { STAGE_LABELS } from '../../core/review/stages';
import { instantIn } from '../../core/dates/zones';
import { Instant } from '../dates/DatesRecord';
import { pickedInstant } from '../dates/stampTime';
import type { ArticleSession } from '../session/articleSession';
import { NAME_NEEDED, type ActingName } from './actingName';
import { moveTo } from './reviewActions';
import { movesFrom } from './stageMoves';

interface StageControlProps {
  session: ArticleSession;
  review: Review;
  acting: ActingName;
  timeZone: string;
  editable: boolean;
  /** Names to offer as assignees: the bylines and everyone on the stage log. */
  people: readonly string[];
}

const wallOf = (due: string | null, timeZone: string): string =>
  due === null ? '' : instantIn(timeZone, due).slice(0, 16);

export function StageControl({ session, review, acting, timeZone, editable, people }: StageControlProps) {
  const ids = useId();
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState(review.assignee ?? '');
  const [dueWall, setDueWall] = useState(() => wallOf(review.due, timeZone));
  const [refusal, setRefusal] = useState<string | null>(null);
  // Another move (here or by a colleague's file) shows its own assignee and due time.
  const [seen, setSeen] = useState(review);
  if (seen !== review) {
    setSeen(review);
    setAssignee(review.assignee ?? '');
    setDueWall(wallOf(review.due, timeZone));
  }
  const assignmentChanged = assignee.trim() !== (review.assignee ?? '') || dueWall !== wallOf(review.due, timeZone);

  const move = (to: ChosenStage) => {
    if (acting.name === '') return setRefusal(NAME_NEEDED);
    let due: string | null = null;
    if (dueWall !== '') {
      due = pickedInstant(dueWall, timeZone);
      if (due === null) return setRefusal('The due time is not a date and time; pick one, or clear it.');
    }
    const problem = moveTo(session, {
      to,
      by: acting.name,
      note,
      assignee: assignee.trim() === '' ? null : assignee.trim(),
      due: dueWall === wallOf(review.due, timeZone) ? review.due : due,
    });
    setRefusal(problem);
    if (problem === null) {
      setNote('');
      acting.used();
    }
  };
  const reassign = (event: FormEvent) => {
    event.preventDefault();
    if (review.stage !== 'published') move(review.stage);
  };

  const moves = movesFrom(review.stage);
  return (
    <section aria-labelledby={`${ids}-title`} className="review-stage">
      <h3 id={`${ids}-title`} className="review-heading">
        Stage
      </h3>
      <p id="review-stage-now" tabIndex={-1} className="review-stage-now" data-stage={review.stage}>
        <span className="review-stage-name">{STAGE_LABELS[review.stage]}</span>
        {review.assignee !== null ? <span className="review-assignee">{` · with ${review.assignee}`}</span> : null}
        {review.due !== null ? (
          <span className="review-due">
            {' · due '}
            <Instant at={review.due} timeZone={timeZone} />
          </span>
        ) : null}
      </p>
      {editable ? (
        <form className="review-move" onSubmit={reassign}>
          <div className="field">
            <label htmlFor={`${ids}-note`}>Note (optional)</label>
            <textarea
              id={`${ids}-note`}
              rows={2}
              maxLength={5000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <div className="review-move-who">
            <div className="field">
              <label htmlFor={`${ids}-assignee`}>Assigned to</label>
              <input
                id={`${ids}-assignee`}
                type="text"
                maxLength={200}
                list={`${ids}-people`}
                value={assignee}
                onChange={(event) => setAssignee(event.target.value)}
              />
              <datalist id={`${ids}-people`}>
                {people.map((person) => (
                  <option key={person} value={person} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label htmlFor={`${ids}-due`}>{`Due (${timeZone})`}</label>
              <input
                id={`${ids}-due`}
                type="datetime-local"
                value={dueWall}
                onChange={(event) => setDueWall(event.target.value)}
              />
            </div>
          </div>
          <div role="group" aria-label="Move the article" className="review-move-actions">
            {moves.map(({ to, label }) => (
              <button
                key={to}
                type="button"
                className={to === moves[0]!.to ? undefined : 'quiet'}
                onClick={() => move(to)}
              >
                {label}
              </button>
            ))}
            {assignmentChanged && review.stage !== 'published' ? (
              <button type="submit" className="quiet">
                Save assignment
              </button>
            ) : null}
          </div>
          {refusal !== null ? (
            <p role="alert" className="review-refusal">
              {refusal}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
