// The section an article is filed under, from the desk's list in settings.
import type { FieldProps } from './fieldProps';
import { useField } from './useFields';

export function SectionField({ session, readOnly, sections }: FieldProps & { sections: string[] }) {
  const section = useField(session, (fields) => fields.section);
  // A section since removed from settings stays on the article and in the list, so nothing is lost silently.
  const options = section !== '' && !sections.includes(section) ? [...sections, section] : sections;
  return (
    <div className="field">
      <label htmlFor="article-section">Section</label>
      <select
        id="article-section"
        value={section}
        disabled={readOnly}
        onChange={(event) => session.editFields({ section: event.target.value })}
      >
        <option value="">No section</option>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
