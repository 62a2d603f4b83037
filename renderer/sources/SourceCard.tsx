// One source in the Sources tab: who it is on one line, what else is known on the next, and small
// icon buttons whose names say which source they act on ("Edit Jens Stoltenberg").
import type { Source } from '../../core/article/source';
import { sourceForClipboard } from '../../core/attribution/sources';
import { isUnnamedSource, sourceLabel } from '../../core/attribution/unnamed-sources';
import '../styles/panels.css';
import { OBTAINED_LABELS } from './SourceForm';
import { CopyIcon, EditIcon, MergeIcon, RemoveIcon } from './SourceIcons';

interface SourceCardProps {
  source: Source;
  readOnly: boolean;
  canMerge: boolean;
  onEdit: () => void;
  onMerge: () => void;
  onRemove: () => void;
}

export function SourceCard({ source, readOnly, canMerge, onEdit, onMerge, onRemove }: SourceCardProps) {
  const label = sourceLabel(source);
  const unnamed = isUnnamedSource(source);
  // An unnamed source is shown by its role, and the line under it says it is unnamed.
  const meta = [
    unnamed ? 'Unnamed source' : source.title,
    source.organisation,
    source.obtained ? OBTAINED_LABELS[source.obtained] : '',
    source.verified ? 'Verified' : '',
  ].filter(Boolean);
  return (
    <li className="source-item source-card">
      <div className="source-card-head">
        <p className="source-name" data-unnamed={unnamed || undefined}>
          {unnamed && source.title.trim() !== '' ? source.title.trim() : label}
        </p>
        <div className="source-actions" role="group" aria-label={`Actions for ${label}`}>
          <IconButton label={`Edit ${label}`} hint="Edit" disabled={readOnly} onClick={onEdit}>
            <EditIcon />
          </IconButton>
          <IconButton
            label={`Copy ${label}`}
            hint="Copy name, role and where (no contact notes)"
            onClick={() => void navigator.clipboard?.writeText(sourceForClipboard(source))}
          >
            <CopyIcon />
          </IconButton>
          {canMerge ? (
            <IconButton
              label={`Merge ${label} into…`}
              hint="Merge into another source…"
              disabled={readOnly}
              onClick={onMerge}
            >
              <MergeIcon />
            </IconButton>
          ) : null}
          <IconButton
            label={`Remove ${label}`}
            hint="Remove (its quotations stay, unattributed)"
            disabled={readOnly}
            onClick={onRemove}
          >
            <RemoveIcon />
          </IconButton>
        </div>
      </div>
      {meta.length > 0 ? <p className="source-meta">{meta.join(' · ')}</p> : null}
    </li>
  );
}

interface IconButtonProps {
  label: string;
  /** The tooltip: what the icon does, without repeating the source's name shown beside it. */
  hint: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}

function IconButton({ label, hint, disabled, onClick, children }: IconButtonProps) {
  return (
    <button
      type="button"
      className="quiet icon-button"
      aria-label={label}
      title={hint}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
