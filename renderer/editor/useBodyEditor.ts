// The one TipTap editor for article bodies, reused for every article the desk opens.
import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useRef } from 'react';
import { bodyExtensions } from '../../core/body/extensions';

export function useBodyEditor(onContentError: (message: string) => void): Editor {
  // The editor is created once; the latest handler is read through a ref.
  const handler = useRef(onContentError);
  handler.current = onContentError;
  const editor = useEditor({
    extensions: bodyExtensions(),
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
