// Every quotation in the body, in order, with who said it: what an editor checks before publishing.
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { countsBySource, summarize, summaryLine, type QuoteFinding } from '../../core/attribution/findings';
import { speakerLabel } from '../../core/attribution/unnamed-sources';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { OBTAINED_LABELS } from '../sources/SourceForm';
import '../styles/panels.css';
import { AttributePicker } from './AttributePicker';
import { attributeAll, sourceForSuggestion, sourceNamed } from './editorQuotes';
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
          <li key={finding.quoteId ?? `detected-${finding.from}`} className="quote-item" data-status={finding.status}>
            <q className="quote-words">{firstWords(finding.text)}</q>
            <p className="quote-speaker">
              <Speaker finding={finding} />
            </p>
            {finding.status === 'unattributed' ? <p className="quote-flag">Needs attribution</p> : null}
            {finding.status === 'unknown-source' ? <p className="quote-flag">Not in the source list</p> : null}
            <div className="quote-actions">
              <button type="button" className="quiet" onClick={() => jump(finding)}>
                Jump to quote
              </button>
              {editable && finding.status === 'unattributed' && finding.suggestion ? (
                <button type="button" className="quiet" onClick={() => accept(finding)}>
                  {`Attribute to ${speakerLabel(finding.suggestion)}`}
                  {/* Many rows may offer one speaker: a screen reader hears which quotation this one marks. */}
                  <span className="visually-hidden">{` — “${firstWords(finding.text)}”`}</span>
                </button>
              ) : null}
              {editable ? (
                <button type="button" className="quiet" onClick={() => setPicking(finding)}>
                  {finding.status === 'attributed' ? 'Change source…' : 'Attribute to…'}
                  <span className="visually-hidden">{` — “${firstWords(finding.text)}”`}</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {picking ? <AttributePicker sources={sources} onPick={pick} onCancel={() => setPicking(null)} /> : null}
    </section>
  );
}

function Speaker({ finding }: { finding: QuoteFinding }) {
  if (finding.suggested) {
    const percent = `${Math.round(finding.confidence * 100)}% confidence`;
    return <>{finding.suggestion ? `Suggested: ${speakerLabel(finding.suggestion)} (${percent})` : 'Unattributed'}</>;
  }
  if (finding.status !== 'attributed') return <>Unattributed</>;
  const how = finding.obtained ? ` · ${OBTAINED_LABELS[finding.obtained]}` : '';
  return <>{`${finding.speaker}${how}`}</>;
}
