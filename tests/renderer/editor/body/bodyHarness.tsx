// A BodyPane over the app's own body editor, with a way to type as a reporter does.
import type { Editor } from '@tiptap/core';
import { act, render } from '@testing-library/react';
import { createRef, Profiler, type Ref } from 'react';
import type { BodyJSON } from '../../../../core/body/schema';
import { BodyPane, type BodyPaneHandle } from '../../../../renderer/editor/body/BodyPane';
import { tiptapBody } from '../../../../renderer/editor/tiptapBody';
import { useBodyEditor } from '../../../../renderer/editor/useBodyEditor';

interface HarnessProps {
  smartTypography: boolean;
  onEditor: (editor: Editor) => void;
  onCommit: () => void;
  paneRef: Ref<BodyPaneHandle>;
}

function Harness({ smartTypography, onEditor, onCommit, paneRef }: HarnessProps) {
  const editor = useBodyEditor(() => undefined, smartTypography);
  onEditor(editor);
  return (
    <Profiler id="body" onRender={onCommit}>
      <BodyPane editor={editor} ref={paneRef} />
    </Profiler>
  );
}

export function renderBody(body: BodyJSON, options: { smartTypography?: boolean } = {}) {
  let editor: Editor | null = null;
  let commits = 0;
  const pane = createRef<BodyPaneHandle>();
  const props = (smartTypography: boolean): HarnessProps => ({
    smartTypography,
    onEditor: (created) => {
      editor = created;
    },
    onCommit: () => {
      commits++;
    },
    paneRef: pane,
  });
  const view = render(<Harness {...props(options.smartTypography ?? true)} />);
  const current = () => editor!;
  act(() => {
    tiptapBody(current()).load(body, true);
  });
  return {
    editor: current,
    pane,
    commits: () => commits,
    setSmartTypography: (on: boolean) => view.rerender(<Harness {...props(on)} />),
  };
}

/** Types text through the editor's text-input path, so input rules see it as a keystroke would. */
export function type(editor: Editor, text: string): void {
  for (const character of text) {
    const { view } = editor;
    const { from, to } = view.state.selection;
    const deflt = () => view.state.tr.insertText(character, from, to);
    const handled = view.someProp('handleTextInput', (handler) => handler(view, from, to, character, deflt));
    if (!handled) view.dispatch(deflt());
  }
}

export { paragraphs } from '../../../builders/body';
