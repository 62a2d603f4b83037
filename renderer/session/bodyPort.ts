// What the desk needs from the body editor, so the save logic is tested without a browser.
import type { BodyJSON } from '../../core/body/schema';

export interface BodyPort {
  /** Replaces the body without counting as an edit; returns the content error, if any. */
  load(body: BodyJSON, editable: boolean): string | null;
  read(): BodyJSON;
  setEditable(editable: boolean): void;
}
