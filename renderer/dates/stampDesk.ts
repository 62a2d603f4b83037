// What the Dates panel and its stamp dialogs work with: the open article, the body editor (for
// the pre-publish check's live quotation detection) and the settings that shape a stamp.
import type { Editor } from '@tiptap/core';
import type { Settings } from '../../core/settings/settings';
import type { ArticleSession } from '../session/articleSession';

export type DatesSettings = Pick<
  Settings,
  'yourName' | 'defaultByline' | 'timeZone' | 'dateStyle' | 'dateLabels' | 'headlineLimit'
>;

export interface StampDesk {
  session: ArticleSession;
  editor: Editor;
  settings: DatesSettings;
}

/** Props of a stamp dialog: the desk, and closing. */
export interface StampDialogProps {
  desk: StampDesk;
  onClose: () => void;
}
