// What every field of the Details panel is given: the open article's session and whether it may be edited.
import type { ArticleSession } from '../session/articleSession';

export interface FieldProps {
  session: ArticleSession;
  readOnly: boolean;
}
