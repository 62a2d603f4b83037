// The article's sources: add, edit, merge and remove them; the body's quotes follow every change.
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { newSource, type Source } from '../../core/article/source';
import { randomId } from '../../core/attribution/ids';
import { addSource, editSource, mergeSources, removeSource } from '../../core/attribution/sources';
import { sourceLabel } from '../../core/attribution/unnamed-sources';
import { Modal } from '../dialogs/Modal';
import { useEditable, useField } from '../fields/useFields';
import type { ArticleSession } from '../session/articleSession';
import { SourceCard } from './SourceCard';
import { SourceForm } from './SourceForm';

interface SourcesPanelProps {
  session: ArticleSession;
  editor: Editor;
  /** The newsroom's zone for "When"; the system's until the workspace passes settings.timeZone. */
  timeZone?: string;
}

export function SourcesPanel({ session, editor, timeZone = systemZone() }: SourcesPanelProps) {
  const sources = useField(session, (fields) => fields.sources);
  const readOnly = !useEditable(session);
  const [editing, setEditing] = useState<Source | null>(null);
  const [merging, setMerging] = useState<Source | null>(null);

  const save = (source: Source) => {
    const exists = sources.some((candidate) => candidate.id === source.id);
    session.editFields({ sources: exists ? editSource(sources, source.id, source) : addSource(sources, source) });
    setEditing(null);
  };
  const remove = (source: Source) => {
    // Its quotations stay in the body, unattributed: removing a source never deletes what was said.
    editor.commands.reassignQuotes(source.id, null);
    session.editFields({ sources: removeSource(sources, source.id) });
  };
  const merge = (merged: Source, keptId: string) => {
    editor.commands.reassignQuotes(merged.id, keptId);
    session.editFields({ sources: mergeSources(sources, keptId, merged.id) });
    setMerging(null);
  };

  return (
    <section aria-label="Sources" className="sources-panel">
      <h2 className="details-title">Sources</h2>
      {sources.length === 0 ? <p className="panel-empty">No sources yet.</p> : null}
      <ul className="source-list">
        {sources.map((source) => (
          <SourceCard
            key={source.id}
            source={source}
            readOnly={readOnly}
            canMerge={sources.length > 1}
            onEdit={() => setEditing(source)}
            onMerge={() => setMerging(source)}
            onRemove={() => remove(source)}
          />
        ))}
      </ul>
      <button type="button" disabled={readOnly} onClick={() => setEditing(newSource(randomId(), ''))}>
        Add source
      </button>
      {editing ? (
        <SourceForm source={editing} timeZone={timeZone} onSave={save} onCancel={() => setEditing(null)} />
      ) : null}
      {merging ? (
        <MergeDialog
          merged={merging}
          others={sources.filter((source) => source.id !== merging.id)}
          onMerge={(keptId) => merge(merging, keptId)}
          onCancel={() => setMerging(null)}
        />
      ) : null}
    </section>
  );
}

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

interface MergeDialogProps {
  merged: Source;
  others: Source[];
  onMerge: (keptId: string) => void;
  onCancel: () => void;
}

function MergeDialog({ merged, others, onMerge, onCancel }: MergeDialogProps) {
  const [kept, setKept] = useState(others[0]?.id ?? '');
  return (
    <Modal title={`Merge ${sourceLabel(merged)}`} onEscape={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onMerge(kept);
        }}
      >
        <div className="field">
          <label htmlFor="merge-into">Keep</label>
          <select id="merge-into" value={kept} onChange={(event) => setKept(event.target.value)}>
            {others.map((source) => (
              <option key={source.id} value={source.id}>
                {sourceLabel(source)}
              </option>
            ))}
          </select>
          <p className="field-help">{`Quotations of ${sourceLabel(merged)} will be attributed to the source you keep.`}</p>
        </div>
        <div className="actions">
          <button type="button" className="quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">Merge</button>
        </div>
      </form>
    </Modal>
  );
}
