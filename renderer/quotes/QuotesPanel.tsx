// Every quotation in the body, in order, with who said it (or who may have, and why the text suggests
// them): what an editor checks before publishing.
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { countsBySource, summarize, summaryLine, type QuoteFinding } from '../../core/attribution/findings';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { OBTAINED_LABELS } from '../sources/SourceForm';
import '../styles/panels.css';
import { AttributePicker } from './AttributePicker';
import { attributeAll, sourceForSuggestion, sourceNamed } from './editorQuotes';
import { OneClickAttribute } from './OneClickAttribute';
import { QuestionAnswers } from './QuestionAnswers';
import { candidateIds, SpeakerCandidate } from './SpeakerCandidate';
import { useQuoteFindings } from './useQuoteFindings';

interface QuotesPanelProps {
  session: ArticleSession;
  editor: Editor;
}

const FIRST_WORDS = 8;

export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : words.join(' ');
}

export function QuotesPanel({ session, editor }: QuotesPanelProps) {
  const sources = useField(session, (fields) => fields.sources);
  const findings = useQuoteFindings(editor, sources);
  const counts = countsBySource(findings, sources);
  const editable = useEditable(session);
  const [picking, setPicking] = useState<QuoteFinding | null>(null);
  const jump = (finding: QuoteFinding) => editor.chain().focus().setTextSelection(finding.from).scrollIntoView().run();
  const accept = (finding: QuoteFinding) => {
    if (finding.suggestion) attributeAll(editor, [finding], sourceForSuggestion(session, finding.suggestion).id);
  };
  // The same picker as the body's "Attribute to…": an existing source, or a new one by name.
  const pick = (choice: { sourceId: string } | { newName: string }) => {
    if (!picking) return;
    const sourceId = 'sourceId' in choice ? choice.sourceId : sourceNamed(session, choice.newName).id;
    attributeAll(editor, [picking], sourceId);
    setPicking(null);
  };

  return (
    <section aria-label="Quotes" className="quotes-panel">
      <h2 className="details-title">Quotes</h2>
      <p className="quotes-summary" role="status">
        {summaryLine(summarize(findings, sources))}
      </p>
      {counts.length > 0 ? (
        <ul aria-label="Quotations per source" className="quote-counts">
          {counts.map((count) => (
            <li key={count.sourceId}>{`${count.name}: ${count.quotes}`}</li>
          ))}
        </ul>
      ) : null}
      <ol aria-label="Quotations" className="quote-list">
        {findings.map((finding) => (
          <QuoteRow
            key={finding.quoteId ?? `detected-${finding.from}`}
            finding={finding}
            editable={editable}
            onJump={() => jump(finding)}
            onAccept={() => accept(finding)}
            onPick={() => setPicking(finding)}
          />
        ))}
      </ol>
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
    </section>
  );
}

interface QuoteRowProps {
  finding: QuoteFinding;
  editable: boolean;
  onJump: () => void;
  onAccept: () => void;
  onPick: () => void;
}

/**
 * One quotation: its first words, who said it or who may have, why the detector thinks so, and the
 * ways to settle it. A suggestion reliable enough is one click ("Attribute to Ana Ruiz"); a weaker
 * one is asked ("Ana Ruiz?", "Yes, Ana Ruiz" or "Someone else…"); below that only the picker.
 */
function QuoteRow({ finding, editable, onJump, onAccept, onPick }: QuoteRowProps) {
  const id = useId();
  const unattributed = finding.status === 'unattributed';
  const candidate = unattributed && finding.offer !== 'none' ? finding.suggestion : null;
  const offer = candidate ? finding.offer : 'none';
  const why = candidateIds(id, candidate, offer);
  // Many rows may offer one speaker: a screen reader hears which quotation each button acts on.
  const which = <span className="visually-hidden">{` — “${firstWords(finding.text)}”`}</span>;
  return (
    <li className="quote-item" data-status={finding.status}>
      <q className="quote-words">{firstWords(finding.text)}</q>
      {candidate ? (
        <SpeakerCandidate speaker={candidate} offer={offer} confidence={finding.confidence} id={id}>
          {/* A question's answers stay with it in its box. */}
          {editable && offer === 'question' ? (
            <QuestionAnswers
              speaker={candidate}
              describedBy={why}
              words={firstWords(finding.text)}
              onYes={onAccept}
              onSomeoneElse={onPick}
            />
          ) : null}
        </SpeakerCandidate>
      ) : (
        <p className="quote-speaker">
          <Speaker finding={finding} />
        </p>
      )}
      {unattributed ? <p className="quote-flag">Needs attribution</p> : null}
      {finding.status === 'unknown-source' ? <p className="quote-flag">Not in the source list</p> : null}
      <div className="quote-actions">
        <button type="button" className="quiet" onClick={onJump}>
          Jump to quote
        </button>
        <OneClickAttribute
          speaker={candidate}
          offer={offer}
          editable={editable}
          describedBy={why}
          which={which}
          onAccept={onAccept}
        />
        {editable && offer !== 'question' ? (
          <button type="button" className="quiet" onClick={onPick}>
            {finding.status === 'attributed' ? 'Change source…' : 'Attribute to…'}
            {which}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** Who said an attributed quotation and how it was obtained; "Unattributed" while nobody is shown. */
function Speaker({ finding }: { finding: QuoteFinding }) {
  if (finding.status !== 'attributed') return <>Unattributed</>;
  const how = finding.obtained ? ` · ${OBTAINED_LABELS[finding.obtained]}` : '';
  return <>{`${finding.speaker}${how}`}</>;
}
