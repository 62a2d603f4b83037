// Who wrote the article: one or more bylines, each a name and an optional role.
import type { Byline } from '../../core/article/article';
import '../styles/fields.css';
import type { FieldProps } from './fieldProps';
import { useField } from './useFields';

const MAX_BYLINES = 50;

export function BylinesField({ session, readOnly }: FieldProps) {
  const bylines = useField(session, (fields) => fields.bylines);
  const replace = (index: number, byline: Byline) =>
    session.editFields({ bylines: bylines.map((old, at) => (at === index ? byline : old)) });
  return (
    <div role="group" aria-labelledby="bylines-title" className="field bylines">
      <span id="bylines-title" className="field-title">
        Bylines
      </span>
      {bylines.map((byline, index) => {
        const n = index + 1;
        return (
          // Name above role, each the panel's full width, so "Brussels correspondent" is read whole.
          <div className="byline-row byline-stacked" key={index}>
            <input
              aria-label={`Byline ${n} name`}
              placeholder="Name"
              maxLength={200}
              value={byline.name}
              readOnly={readOnly}
              onChange={(event) => replace(index, { ...byline, name: event.target.value })}
            />
            <input
              aria-label={`Byline ${n} role`}
              placeholder="Role, e.g. Staff reporter"
              maxLength={200}
              value={byline.role ?? ''}
              readOnly={readOnly}
              onChange={(event) =>
                replace(index, { ...byline, role: event.target.value === '' ? null : event.target.value })
              }
            />
            <button
              type="button"
              className="quiet"
              aria-label={`Remove byline ${n}`}
              disabled={readOnly}
              onClick={() => session.editFields({ bylines: bylines.filter((_, at) => at !== index) })}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="quiet"
        disabled={readOnly || bylines.length >= MAX_BYLINES}
        onClick={() => session.editFields({ bylines: [...bylines, { name: '', role: null }] })}
      >
        Add byline
      </button>
    </div>
  );
}
