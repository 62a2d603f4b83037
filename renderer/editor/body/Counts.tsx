// The counts of the body, shown in the status bar: words, characters, reading time and progress
// to the length target. They are counted again only after a pause in typing.
import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';
import { bodyCounts, type BodyCounts } from '../../../core/article/counts';
import { textAsItStands } from '../../../core/review/as-it-stands';
import { useIdleValue } from './useIdleValue';

interface CountsProps {
  editor: Editor;
  lengthTarget: number | null;
}

const number = new Intl.NumberFormat('en-US');

export function countBody(editor: Editor, lengthTarget: number | null): BodyCounts {
  const { doc } = editor.state;
  // Read as textBetween reads it, not through getJSON (no copy of the document), and as it stands:
  // words suggested for insertion are not counted until accepted.
  return bodyCounts(textAsItStands(doc, '\n\n', '\n'), lengthTarget);
}

export function Counts({ editor, lengthTarget }: CountsProps) {
  const counts = useIdleValue(
    editor,
    useCallback((current: Editor) => countBody(current, lengthTarget), [lengthTarget]),
  );

  const plural = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;
  return (
    <div role="group" aria-label="Counts" className="counts">
      <span>{plural(counts.words, 'word', 'words')}</span>
      {/* Characters and reading time give way first when the window is narrow. */}
      <span className="counts-extra">{plural(counts.characters, 'character', 'characters')}</span>
      <span className="counts-extra">{`${counts.readingMinutes} min read`}</span>
      {lengthTarget && counts.progress !== null ? (
        <span className="counts-target">
          <progress
            aria-label="Length target progress"
            max={lengthTarget}
            value={Math.min(counts.words, lengthTarget)}
          />
          <span>{`${Math.round(counts.progress * 100)}% of ${plural(lengthTarget, 'word', 'words')}`}</span>
        </span>
      ) : null}
    </div>
  );
}
