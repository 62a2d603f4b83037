// Tags, typed as a comma-separated list and stored as a clean list.
import type { FieldProps } from './fieldProps';
import { parseTags } from './fieldRules';
import { useField, useFieldText } from './useFields';

const sameTags = (a: string[], b: string[]) => a.length === b.length && a.every((tag, index) => tag === b[index]);

export function TagsField({ session, readOnly }: FieldProps) {
  const tags = useField(session, (fields) => fields.tags);
  const [text, setText] = useFieldText(
    tags,
    (list) => list.join(', '),
    (typed, list) => sameTags(parseTags(typed), list),
  );
  return (
    <div className="field">
      <label htmlFor="article-tags">Tags</label>
      <input
        id="article-tags"
        aria-describedby="article-tags-help"
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setText(event.target.value);
          session.editFields({ tags: parseTags(event.target.value) });
        }}
      />
      <p id="article-tags-help" className="field-help">
        Separate tags with commas.
      </p>
    </div>
  );
}
