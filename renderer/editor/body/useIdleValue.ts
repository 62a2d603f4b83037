// A value worked out from the editor's document, kept current without work on every keystroke:
// at once when what it is worked out from changes, then again each time the reporter pauses.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/** `compute(editor)`; pass a `compute` whose identity changes only when its inputs do (useCallback). */
export function useIdleValue<T>(editor: Editor, compute: (editor: Editor) => T): T {
  const [state, setState] = useState(() => ({ editor, compute, value: compute(editor) }));
  let current = state;
  // New inputs: worked out during this render, not in an effect after it, so nothing stale shows.
  if (state.editor !== editor || state.compute !== compute) {
    current = { editor, compute, value: compute(editor) };
    setState(current);
  }
  useEffect(() => whenIdle(editor, () => setState({ editor, compute, value: compute(editor) })), [editor, compute]);
  return current.value;
}
