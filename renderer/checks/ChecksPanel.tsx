// The pre-publish check as the reporter works: every problem, blocking ones first, each with a
// way to the place to fix it.
import type { Editor } from '@tiptap/core';
import { isBlocking, type Problem } from '../../core/checks/problem';
import type { Settings } from '../../core/settings/settings';
import type { ArticleSession } from '../session/articleSession';
import { jumpToProblem, placeName, type ProblemPanel } from './jumpToProblem';
import { useProblems } from './useProblems';

interface ChecksPanelProps {
  session: ArticleSession;
  editor: Editor;
  settings: Pick<Settings, 'headlineLimit'>;
  onShowPanel: (panel: ProblemPanel) => void;
}

export function ChecksPanel({ session, editor, settings, onShowPanel }: ChecksPanelProps) {
  const problems = useProblems(session, editor, settings);
  return (
    <section aria-label="Checks" className="checks-panel">
      <h2 className="details-title">Checks</h2>
      <p role="status" className="checks-summary">
        {summary(problems)}
      </p>
      {problems.length > 0 ? (
        <ol aria-label="Problems" className="problem-list">
          {problems.map((problem, index) => (
            <li key={`${problem.code}-${index}`} className="problem-item" data-severity={problem.severity}>
              <p className="problem-severity">{isBlocking(problem) ? 'Blocking' : 'Warning'}</p>
              <p className="problem-message">{problem.message}</p>
              <button type="button" className="quiet" onClick={() => jumpToProblem(problem, editor, onShowPanel)}>
                {`Go to ${placeName(problem)}`}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function summary(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems: nothing stops publication.';
  const blocking = problems.filter(isBlocking).length;
  const warnings = problems.length - blocking;
  const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [counted(blocking, 'blocking problem', 'blocking problems'), counted(warnings, 'warning', 'warnings')];
  return `${parts.join(', ')}.${blocking > 0 ? ' Publication is refused until the blocking ones are fixed or overridden.' : ''}`;
}
