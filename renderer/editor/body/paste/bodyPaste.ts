// The editor's paste handling: cleaned HTML from other programs, paragraphs from plain text.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './cleanPastedHtml';
import { plainTextSlice } from './plainText';

export const BodyPaste = Extension.create({
  name: 'bodyPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('bodyPaste'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          // ProseMirror pastes as plain text when Shift is held (Ctrl/Cmd+Shift+V) or when there is no HTML.
          clipboardTextParser: (text, _context, _plain, view) => plainTextSlice(text, view.state.schema),
        },
      }),
    ];
  },
});
