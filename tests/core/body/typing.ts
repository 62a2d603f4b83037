// Test helpers: a real editor with the article's editing extensions, and typing into it the
// way a browser does, so input rules and keyboard shortcuts run as they do for a reporter.
import { Editor, type JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { editingExtensions } from '../../../core/body/editing';

export function newsroomEditor(
  content: JSONContent | string = '<p></p>',
  smartTypography: () => boolean = () => true,
): Editor {
  return new Editor({ extensions: editingExtensions({ smartTypography }), content });
}

/** One character at a time, through the view's text-input hook, as a keyboard would. */
export function type(editor: Editor, text: string): void {
  for (const char of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(char, from, to);
    const handled = view.someProp('handleTextInput', (f) => f(view, from, to, char, insert));
    if (!handled) view.dispatch(insert());
  }
}

export function press(editor: Editor, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  return editor.view.someProp('handleKeyDown', (f) => f(editor.view, event)) ?? false;
}

/** Puts the cursor at the end of the first textblock whose text includes `text`. */
export function cursorAfter(editor: Editor, text: string): void {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at >= 0 || !node.isTextblock) return at < 0;
    const index = node.textContent.indexOf(text);
    if (index >= 0) at = pos + 1 + index + text.length;
    return false;
  });
  if (at < 0) throw new Error(`no block contains ${JSON.stringify(text)}`);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
}

export function paragraphsText(editor: Editor): string[] {
  const texts: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.isTextblock) texts.push(node.textContent);
    return !node.isTextblock;
  });
  return texts;
}
