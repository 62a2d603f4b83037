// The slug (file name and URL part): follows the headline until the reporter types their own.
import { editedSlug, slugify } from '../../core/article/slug';
import type { FieldProps } from './fieldProps';
import { useField, useFieldText } from './useFields';

export function SlugField({ session, readOnly }: FieldProps) {
  const slug = useField(session, (fields) => fields.slug);
  const follows = useField(session, (fields) => !fields.slugEdited);
  const headline = useField(session, (fields) => fields.headline);
  // The stored slug is always a valid one; the text keeps what is being typed ("council-").
  const [text, setText] = useFieldText(
    slug,
    (value) => value,
    (typed, value) => typed.trim() !== '' && slugify(typed) === value,
  );
  return (
    <div className="field">
      <label htmlFor="article-slug">Slug</label>
      <input
        id="article-slug"
        spellCheck={false}
        maxLength={80}
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setText(event.target.value);
          session.editFields(editedSlug(event.target.value, headline));
        }}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={follows}
          disabled={readOnly}
          onChange={(event) => session.editFields({ slugEdited: !event.target.checked })}
        />
        Slug follows headline
      </label>
    </div>
  );
}
