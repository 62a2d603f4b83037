// The "Article details" panel beside the body: filing metadata the reader does not see first.
import type { Settings } from '../../core/ipc/contract';
import type { ArticleSession } from '../session/articleSession';
import { BylinesField } from './BylinesField';
import { DatelineField } from './DatelineField';
import { LengthTargetField } from './LengthTargetField';
import { SectionField } from './SectionField';
import { SlugField } from './SlugField';
import { TagsField } from './TagsField';
import type { FieldProps } from './fieldProps';
import { useEditable, useField } from './useFields';

interface DetailsPanelProps {
  session: ArticleSession;
  settings: Pick<Settings, 'sections' | 'timeZone'>;
  onLeaveField: () => void;
}

export function DetailsPanel({ session, settings, onLeaveField }: DetailsPanelProps) {
  const readOnly = !useEditable(session);
  const field = { session, readOnly };
  return (
    <section aria-label="Details" className="details" onBlur={onLeaveField}>
      <h2 className="details-title">Details</h2>
      <SectionField {...field} sections={settings.sections} />
      <BylinesField {...field} />
      <DatelineField {...field} newsroomTimeZone={settings.timeZone} />
      <TagsField {...field} />
      <SlugField {...field} />
      <LengthTargetField {...field} />
      <InternalNoteField {...field} />
    </section>
  );
}

function InternalNoteField({ session, readOnly }: FieldProps) {
  const note = useField(session, (fields) => fields.internalNote);
  return (
    <div className="field">
      <label htmlFor="internal-note">Internal note</label>
      <textarea
        id="internal-note"
        rows={4}
        maxLength={50_000}
        aria-describedby="internal-note-help"
        value={note}
        readOnly={readOnly}
        onChange={(event) => session.editFields({ internalNote: event.target.value })}
      />
      <p id="internal-note-help" className="field-help">
        Only editors see this. It is never exported.
      </p>
    </div>
  );
}
