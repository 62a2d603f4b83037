// The one TipTap editor for article bodies, reused for every article the desk opens.
import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useLayoutEffect, useRef } from 'react';
import { Attribution } from '../../core/attribution/attribution';
import { detectedInEditor } from '../../core/attribution/from-detection';
import { editingExtensions } from '../../core/body/editing';
import { QuoteDetection } from '../../core/quotes/detection-extension';
import { randomId } from '../../core/attribution/ids';
import { SuggestMode } from '../../core/review/suggest-mode';
import { QuoteTitles } from '../quotes/quoteTitles';
import { CommentHighlight } from '../review/commentHighlight';
import { NearSelection } from './body/nearSelection';
import { BodyPaste } from './body/paste/bodyPaste';

/**
 * `suggester` is the name Suggest mode puts on each suggested edit. `smartTypography` is the settings switch; flipping it takes effect at the next keystroke
 * without rebuilding the editor (and so without losing the article's undo history).
 */
export function useBodyEditor(
  onContentError: (message: string) => void,
  smartTypography = true,
  suggester = 'Someone',
): Editor {
  // The editor is created once; the latest handler and setting are read through refs.
  const handler = useRef(onContentError);
  const typography = useRef(smartTypography);
  const suggesterName = useRef(suggester);
  useLayoutEffect(() => {
    handler.current = onContentError;
    typography.current = smartTypography;
    suggesterName.current = suggester;
  });
  const editor = useEditor({
    extensions: [
      // The getter is read by input rules as the reporter types, never while React renders.
      // eslint-disable-next-line react-hooks/refs
      ...editingExtensions({ smartTypography: () => typography.current }),
      BodyPaste,
      NearSelection,
      QuoteDetection,
      Attribution.configure({ detected: detectedInEditor }),
      QuoteTitles,
      CommentHighlight,
      // Suggest mode (the status bar's toggle, Ctrl/Cmd+Alt+Shift+X): the name is read at each edit.
      // eslint-disable-next-line react-hooks/refs
      SuggestMode.configure({ user: () => ({ name: suggesterName.current }), newId: randomId }),
    ],
    editable: false,
    enableContentCheck: true,
    onContentError: ({ error }) => handler.current(error.message),
    immediatelyRender: true,
    // React must not re-render on every keystroke: edits reach the desk through transactions instead.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', class: 'body-text' },
    },
  });
  if (!editor) throw new Error('The body editor was not created: immediatelyRender must stay on.');
  return editor;
}
