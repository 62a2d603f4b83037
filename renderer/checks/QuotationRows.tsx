// The Checks rows about quotations without a source. A speaker's quotations offered in one click
// are one row with "Attribute all N to …"; a quotation whose speaker is only a question
// ("Ana Ruiz?") is a row of its own, answered with "Yes, Ana Ruiz" or "Someone else…"; a
// quotation with no candidate to show offers the picker. Every candidate says why (its cue).
import { useId, useState } from 'react';
import type { QuoteFinding } from '../../core/attribution/findings';
import type { UnattributedGroup } from '../../core/attribution/unattributed-groups';
import { speakerLabel } from '../../core/attribution/unnamed-sources';
import { excerpt, type Problem } from '../../core/checks/problem';
import { candidateName, reasonFor } from '../quotes/candidateWords';
import { OneClickAttribute } from '../quotes/OneClickAttribute';
import { QuestionAnswers } from '../quotes/QuestionAnswers';
import { candidateIds, SpeakerCandidate } from '../quotes/SpeakerCandidate';

/** "The quotation “We will rebuild it before the…” has no source.": who may have said it is shown apart. */
const noSource = (finding: QuoteFinding): string => `The quotation “${excerpt(finding.text)}” has no source.`;

interface QuotationRowProps {
  problem: Problem;
  /** The quotation the problem is about, with its suggestion and offer. */
  finding: QuoteFinding;
  group: UnattributedGroup;
  editable: boolean;
  goTo: string;
  onJump: () => void;
  /** Attributes this quotation to its suggested speaker. */
  onAccept: () => void;
  /** Opens the picker for this quotation. */
  onPick: () => void;
}

/** One quotation without a source: its candidate settled or asked about, or none, and the ways to settle it. */
export function QuotationRow({ finding, group, editable, goTo, onJump, onAccept, onPick }: QuotationRowProps) {
  const id = useId();
  // A question is this quotation's own: its reason is its cue, not the first of the group's.
  const candidate = group.speaker ? (finding.suggestion ?? group.speaker) : null;
  const offer = candidate ? group.offer : 'none';
  const why = candidateIds(id, candidate, offer);
  const words = excerpt(finding.text);
  const which = <span className="visually-hidden">{` — “${words}”`}</span>;
  return (
    <li className="problem-item" data-severity="blocking">
      <p className="problem-severity">Blocking</p>
      <p className="problem-message">{noSource(finding)}</p>
      {candidate ? (
        <SpeakerCandidate speaker={candidate} offer={offer} confidence={finding.confidence} id={id}>
          {/* A question's answers stay with it; "Go to quotation" is the row's, below. */}
          {editable && offer === 'question' ? (
            <QuestionAnswers
              speaker={candidate}
              describedBy={why}
              words={words}
              onYes={onAccept}
              onSomeoneElse={onPick}
            />
          ) : null}
        </SpeakerCandidate>
      ) : null}
      <div className="problem-actions">
        <button type="button" className="quiet" onClick={onJump}>
          {goTo}
        </button>
        <OneClickAttribute
          speaker={candidate}
          offer={offer}
          editable={editable}
          describedBy={why}
          which={which}
          onAccept={onAccept}
        />
        {editable && !candidate ? (
          <button type="button" className="quiet" onClick={onPick}>
            Attribute to…
            {which}
          </button>
        ) : null}
      </div>
    </li>
  );
}

interface GroupRowProps {
  group: UnattributedGroup;
  problems: Problem[];
  editable: boolean;
  onAttributeAll: () => void;
  onJump: (problem: Problem) => void;
}

/** A group's reasons, each once: "named in the cue: “Jens Stoltenberg”; “Stoltenberg” → Jens Stoltenberg". */
function groupReason(findings: readonly QuoteFinding[]): string | null {
  const reasons = [
    ...new Set(findings.map((finding) => (finding.suggestion ? reasonFor(finding.suggestion) : null))),
  ].filter((reason) => reason !== null);
  if (reasons.length === 0) return null;
  const shown = reasons.slice(0, 2).join('; ');
  return reasons.length > 2 ? `${shown}; and ${reasons.length - 2} more` : shown;
}

/** "15 quotations — suggested: a NATO spokesperson", with "Attribute all 15 to …" and the quotations behind a disclosure. */
export function GroupRow({ group, problems, editable, onAttributeAll, onJump }: GroupRowProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = group.findings.length;
  // Only a group of one-click suggestions is put as settled; checkRows never makes a row of questions.
  const speaker = group.offer === 'one-click' ? group.speaker : null;
  const who = speaker ? speakerLabel(speaker) : null;
  const reason = speaker ? groupReason(group.findings) : null;
  const listId = `checks-group-${group.key.replace(/[^\p{L}\p{N}]+/gu, '-') || 'none'}`;
  return (
    <li className="problem-item problem-group" data-severity="blocking">
      <p className="problem-severity">Blocking</p>
      <p className="problem-message">
        {speaker
          ? `${count} quotations have no source — suggested: ${candidateName(speaker)}`
          : `${count} quotations have no source`}
      </p>
      {speaker ? (
        <SpeakerCandidate
          speaker={speaker}
          offer="one-click"
          confidence={Math.min(...group.findings.map((finding) => finding.confidence))}
          id={id}
          reason={reason}
          reasonOnly
        />
      ) : null}
      <div className="problem-actions">
        {editable ? (
          <button
            type="button"
            aria-describedby={speaker ? candidateIds(id, speaker, 'one-click', reason) : undefined}
            onClick={onAttributeAll}
          >
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
          {group.findings.map((finding, index) => {
            const problem = problemAt(problems, finding.from);
            const words = excerpt(finding.text, 60);
            // A quotation's own reason, where the group gathers more than one.
            const own = speaker && finding.suggestion ? reasonFor(finding.suggestion) : null;
            const ownId = own !== null && own !== reason ? `${id}-why-${index}` : undefined;
            return (
              <li key={finding.quoteId ?? `detected-${finding.from}`}>
                {/* The quotation itself is the way to it, as a search result is. */}
                <button
                  type="button"
                  className="quiet group-quote"
                  aria-label={`Go to quotation “${words}”`}
                  aria-describedby={ownId}
                  disabled={!problem}
                  onClick={() => problem && onJump(problem)}
                >
                  <q className="quote-words">{words}</q>
                </button>
                {ownId ? (
                  <p className="candidate-reason group-quote-reason" id={ownId}>
                    {own}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}

export const problemAt = (problems: readonly Problem[], from: number): Problem | undefined =>
  problems.find((problem) => 'body' in problem.where && problem.where.body.from === from);
