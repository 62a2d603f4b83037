// The Quotes panel's findings, recomputed once the reporter pauses rather than on every keystroke.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { Source } from '../../core/article/source';
import type { QuoteFinding } from '../../core/attribution/findings';
import { whenIdle } from '../editor/body/whenIdle';
import { findingsIn } from './editorQuotes';

export function useQuoteFindings(editor: Editor, sources: readonly Source[]): QuoteFinding[] {
  const [findings, setFindings] = useState(() => findingsIn(editor, sources));
  useEffect(() => {
    setFindings(findingsIn(editor, sources));
    return whenIdle(editor, () => setFindings(findingsIn(editor, sources)));
  }, [editor, sources]);
  return findings;
}
