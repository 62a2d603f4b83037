// The pre-publish check as the reporter works: every problem, blocking ones first, each with a
// way to the place to fix it. Unattributed quotations of one suggested speaker offered in one click
// are one row that attributes them all at once, as a spelling checker's "Change all"; a speaker
// only asked about is asked quotation by quotation (QuotationRows.tsx).
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { QuoteFinding } from '../../core/attribution/findings';
import type { UnattributedGroup } from '../../core/attribution/unattributed-groups';
import { isBlocking, type Problem } from '../../core/checks/problem';
import type { Settings } from '../../core/settings/settings';
import { AttributePicker } from '../quotes/AttributePicker';
import { attributeAll, sourceForSuggestion, sourceNamed } from '../quotes/editorQuotes';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import '../styles/panels.css';
import { checkRows } from './checkRows';
import { jumpToProblem, placeName, type ProblemPanel } from './jumpToProblem';
import { GroupRow, QuotationRow } from './QuotationRows';
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
  // A group with no candidate to show asks the picker; a question's "Yes" reaches here one quotation at a time.
  const attributeToSuggestion = (group: UnattributedGroup, findings: readonly QuoteFinding[]) => {
    if (!group.speaker || group.offer === 'none') return setPicking(findings);
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
          {checkRows(problems, groups).map((row, index) => {
            if (row.kind === 'group')
              return (
                <GroupRow
                  key={`group-${row.group.key}`}
                  group={row.group}
                  problems={row.problems}
                  editable={editable}
                  onAttributeAll={() => attributeToSuggestion(row.group, row.group.findings)}
                  onJump={jump}
                />
              );
            const { problem, group } = row;
            const finding = group && 'body' in problem.where ? findingAt(group, problem.where.body.from) : undefined;
            if (group && finding)
              return (
                <QuotationRow
                  key={`${problem.code}-${index}`}
                  problem={problem}
                  finding={finding}
                  group={group}
                  editable={editable}
                  goTo={`Go to ${placeName(problem)}`}
                  onJump={() => jump(problem)}
                  onAccept={() => attributeToSuggestion(group, [finding])}
                  onPick={() => setPicking([finding])}
                />
              );
            return (
              <li key={`${problem.code}-${index}`} className="problem-item" data-severity={problem.severity}>
                <p className="problem-severity">{isBlocking(problem) ? 'Blocking' : 'Warning'}</p>
                <p className="problem-message">{problem.message}</p>
                <div className="problem-actions">
                  <button type="button" className="quiet" onClick={() => jump(problem)}>
                    {`Go to ${placeName(problem)}`}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
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

const findingAt = (group: UnattributedGroup, from: number): QuoteFinding | undefined =>
  group.findings.find((finding) => finding.from === from);
