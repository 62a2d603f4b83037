// One comparison in words: a summary, the fields that changed (before → after) and the body's
// words inserted and deleted among a few unchanged ones. Insertions and deletions are <ins> and
// <del>, tinted and underlined or struck through in both themes, and each starts with a word a
// screen reader says ("inserted:", "deleted:"), since neither element is announced everywhere.
import type { FieldChange } from '../../core/review/diff';
import type { ShownPart, RevisionDiff } from './revisionDiff';

const FIELD_NAMES: Record<string, string> = {
  kicker: 'Kicker',
  headline: 'Headline',
  deck: 'Deck',
  section: 'Section',
  bylines: 'Bylines',
  dateline: 'Dateline',
  tags: 'Tags',
  sources: 'Source',
  attribution: 'Attribution',
  suggestions: 'Suggested edits pending',
  comments: 'Comment threads',
};

export const fieldName = (field: string): string =>
  FIELD_NAMES[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

const counted = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "4 words inserted, 1 word deleted, 2 fields changed." or "No differences." */
export function diffSummary(diff: RevisionDiff): string {
  const parts: string[] = [];
  if (diff.inserted > 0) parts.push(`${counted(diff.inserted, 'word')} inserted`);
  if (diff.deleted > 0) parts.push(`${counted(diff.deleted, 'word')} deleted`);
  if (diff.inserted + diff.deleted === 0 && diff.body.length > 0) parts.push('spacing or paragraphs changed');
  if (diff.fields.length > 0) parts.push(`${counted(diff.fields.length, 'field')} changed`);
  return parts.length === 0 ? 'No differences.' : `${parts.join(', ')}.`.replace(/^./, (first) => first.toUpperCase());
}

export function DiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <>
      <p className="diff-summary">{diffSummary(diff)}</p>
      {diff.fields.length > 0 ? (
        <dl aria-label="Changed fields" className="field-changes">
          {diff.fields.map((change, index) => (
            <FieldRow key={`${change.field}-${index}`} change={change} />
          ))}
        </dl>
      ) : null}
      {diff.body.length > 0 ? (
        <div role="group" aria-label="Changes in the text" className="body-diff">
          {diff.body.map((part, index) => (
            <Part key={index} part={part} />
          ))}
        </div>
      ) : null}
    </>
  );
}

function FieldRow({ change }: { change: FieldChange }) {
  return (
    <div className="field-change">
      <dt>{fieldName(change.field)}</dt>
      <dd>
        {change.before === '' ? (
          <span className="diff-none">(none)</span>
        ) : (
          <del>
            <span className="visually-hidden">was: </span>
            {change.before}
          </del>
        )}
        <span className="diff-arrow" aria-hidden="true">
          {' → '}
        </span>
        {change.after === '' ? (
          <span className="diff-none">
            <span className="visually-hidden">now: </span>(removed)
          </span>
        ) : (
          <ins>
            <span className="visually-hidden">now: </span>
            {change.after}
          </ins>
        )}
      </dd>
    </div>
  );
}

/** A new paragraph shows as ¶ inside a change, so an insertion of nothing but a break is seen. */
const shownBreaks = (text: string) => text.replace(/\n/g, '¶\n');

function Part({ part }: { part: ShownPart }) {
  switch (part.kind) {
    case 'equal':
      return <span>{part.text}</span>;
    case 'fold':
      return (
        <span className="diff-fold">
          {' … '}
          <span className="visually-hidden">{`${counted(part.words, 'unchanged word')} left out`}</span>{' '}
        </span>
      );
    case 'insert':
      return (
        <ins>
          <span className="visually-hidden">inserted: </span>
          {shownBreaks(part.text)}
        </ins>
      );
    case 'delete':
      return (
        <del>
          <span className="visually-hidden">deleted: </span>
          {shownBreaks(part.text)}
        </del>
      );
  }
}
