// The pre-publish check as the reporter works: every problem, blocking ones first, each with a
// way to the place to fix it. Unattributed quotations of one suggested speaker are one row that
// attributes them all at once, as a spelling checker's "Change all".
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { QuoteFinding } from '../../core/attribution/findings';
import type { UnattributedGroup } from '../../core/attribution/unattributed-groups';
import { isUnnamedSpeaker, speakerLabel, type SuggestedSpeaker } from '../../core/attribution/unnamed-sources';
import { excerpt, isBlocking, type Problem } from '../../core/checks/problem';
import type { Settings } from '../../core/settings/settings';
import { AttributePicker } from '../quotes/AttributePicker';
import { attributeAll, sourceForSuggestion, sourceNamed } from '../quotes/editorQuotes';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import '../styles/panels.css';
import { checkRows } from './checkRows';
import { jumpToProblem, placeName, type ProblemPanel } from './jumpToProblem';
import { useProblems } from './useProblems';

interface ChecksPanelProps {
  session: ArticleSession;
  editor: Editor;
  settings: Pick<Settings, 'headlineLimit' | 'timeZone' | 'requireApproval'>;
  onShowPanel: (panel: ProblemPanel) => void;
}

export function ChecksPanel({ session, editor, settings, onShowPanel }: ChecksPanelProps) {
  const { problems, groups } = useProblems(session, editor, settings);
  const editable = useEditable(session);
  const sources = useField(session, (fields) => fields.sources);
  const [picking, setPicking] = useState<readonly QuoteFinding[] | null>(null);
  const jump = (problem: Problem) => jumpToProblem(problem, editor, onShowPanel);
  const attributeToSuggestion = (group: UnattributedGroup, findings: readonly QuoteFinding[]) => {
    if (!group.speaker) return setPicking(findings);
    attributeAll(editor, findings, sourceForSuggestion(session, group.speaker).id);
  };
  const pick = (choice: { sourceId: string } | { newName: string }) => {
    if (!picking) return;
    attributeAll(editor, picking, 'sourceId' in choice ? choice.sourceId : sourceNamed(session, choice.newName).id);
    setPicking(null);
  };

  return (
    <section aria-label="Checks" className="checks-panel">
      <h2 className="details-title">Checks</h2>
      <p role="status" className="checks-summary">
        {summary(problems)}
      </p>
      {problems.length > 0 ? (
        <ol aria-label="Problems" className="problem-list">
          {checkRows(problems, groups).map((row, index) =>
            row.kind === 'group' ? (
              <GroupRow
                key={`group-${row.group.key}`}
                group={row.group}
                problems={row.problems}
                editable={editable}
                onAttributeAll={() => attributeToSuggestion(row.group, row.group.findings)}
                onJump={jump}
              />
            ) : (
              <li key={`${row.problem.code}-${index}`} className="problem-item" data-severity={row.problem.severity}>
                <p className="problem-severity">{isBlocking(row.problem) ? 'Blocking' : 'Warning'}</p>
                <p className="problem-message">{row.problem.message}</p>
                <div className="problem-actions">
                  <button type="button" className="quiet" onClick={() => jump(row.problem)}>
                    {`Go to ${placeName(row.problem)}`}
                  </button>
                  {row.group?.speaker && editable ? (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={`Attribute “${excerpt(row.group.findings[0]!.text)}” to ${speakerLabel(row.group.speaker)}`}
                      onClick={() => attributeToSuggestion(row.group!, row.group!.findings)}
                    >
                      {`Attribute to ${speakerLabel(row.group.speaker)}`}
                    </button>
                  ) : null}
                </div>
              </li>
            ),
          )}
        </ol>
      ) : null}
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
    </section>
  );
}

interface GroupRowProps {
  group: UnattributedGroup;
  problems: Problem[];
  editable: boolean;
  onAttributeAll: () => void;
  onJump: (problem: Problem) => void;
}

/** "15 quotations — suggested: a NATO spokesperson", with "Attribute all 15 to …" and the quotations behind a disclosure. */
function GroupRow({ group, problems, editable, onAttributeAll, onJump }: GroupRowProps) {
  const [open, setOpen] = useState(false);
  const count = group.findings.length;
  const who = group.speaker ? speakerLabel(group.speaker) : null;
  const suggested = group.speaker ? suggestedName(group.speaker) : null;
  const listId = `checks-group-${group.key.replace(/[^\p{L}\p{N}]+/gu, '-') || 'none'}`;
  return (
    <li className="problem-item problem-group" data-severity="blocking">
      <p className="problem-severity">Blocking</p>
      <p className="problem-message">
        {suggested
          ? `${count} quotations have no source — suggested: ${suggested}`
          : `${count} quotations have no source`}
      </p>
      <div className="problem-actions">
        {editable ? (
          <button type="button" onClick={onAttributeAll}>
            {who ? `Attribute all ${count} to ${who}` : `Attribute all ${count} to…`}
          </button>
        ) : null}
        <button
          type="button"
          className="quiet"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? `Hide the ${count} quotations` : `Show the ${count} quotations`}
        </button>
      </div>
      {open ? (
        <ol
          id={listId}
          aria-label={`Quotations${who ? ` suggested: ${who}` : ' with no suggestion'}`}
          className="group-quotes"
        >
          {group.findings.map((finding) => {
            const problem = problemAt(problems, finding.from);
            const words = excerpt(finding.text, 60);
            return (
              <li key={finding.quoteId ?? `detected-${finding.from}`}>
                {/* The quotation itself is the way to it, as a search result is. */}
                <button
                  type="button"
                  className="quiet group-quote"
                  aria-label={`Go to quotation “${words}”`}
                  disabled={!problem}
                  onClick={() => problem && onJump(problem)}
                >
                  <q className="quote-words">{words}</q>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}

/** "Jens Stoltenberg"; "a NATO spokesperson (unnamed source)". */
const suggestedName = (speaker: SuggestedSpeaker): string =>
  isUnnamedSpeaker(speaker) ? `${speaker.speaker.trim()} (unnamed source)` : speaker.speaker.trim();

const problemAt = (problems: readonly Problem[], from: number): Problem | undefined =>
  problems.find((problem) => 'body' in problem.where && problem.where.body.from === from);

function summary(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems: nothing stops publication.';
  const blocking = problems.filter(isBlocking).length;
  const warnings = problems.length - blocking;
  const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [counted(blocking, 'blocking problem', 'blocking problems'), counted(warnings, 'warning', 'warnings')];
  return `${parts.join(', ')}.${blocking > 0 ? ' Publication is refused until the blocking ones are fixed or overridden.' : ''}`;
}
