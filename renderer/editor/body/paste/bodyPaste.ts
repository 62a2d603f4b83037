// The editor's paste handling: cleaned HTML from other programs, paragraphs from plain text, and
// straight quotes turned as typing turns them while smart typography is on.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './cleanPastedHtml';
import { sliceWithTypedQuotes } from './pastedQuotes';
import { plainTextSlice } from './plainText';

export const BodyPaste = Extension.create({
  name: 'bodyPaste',
  addProseMirrorPlugins() {
    // The settings switch is the smart typography extension's own getter, read at each paste.
    const typography = this.editor.extensionManager.extensions.find(({ name }) => name === 'smartTypography');
    const smartTypography = (): boolean => (typography?.options as { enabled?: () => boolean })?.enabled?.() === true;
    return [
      new Plugin({
        key: new PluginKey('bodyPaste'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          // ProseMirror pastes as plain text when Shift is held (Ctrl/Cmd+Shift+V) or when there is no HTML.
          clipboardTextParser: (text, _context, _plain, view) => plainTextSlice(text, view.state.schema),
          transformPasted: (slice, view) => {
            if (!smartTypography()) return slice;
            const { $from } = view.state.selection;
            return sliceWithTypedQuotes(slice, $from.parent.textBetween(0, $from.parentOffset, '\n', '\n'));
          },
        },
      }),
    ];
  },
});
