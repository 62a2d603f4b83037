// The Quotes panel's findings, recomputed once the reporter pauses rather than on every keystroke.
import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';
import type { Source } from '../../core/article/source';
import type { QuoteFinding } from '../../core/attribution/findings';
import { useIdleValue } from '../editor/body/useIdleValue';
import { findingsIn } from './editorQuotes';

export function useQuoteFindings(editor: Editor, sources: readonly Source[]): QuoteFinding[] {
  return useIdleValue(
    editor,
    useCallback((current: Editor) => findingsIn(current, sources), [sources]),
  );
}
