// The body pane on the desk; Ctrl/Cmd+F and +H reach its find bar from anywhere on the page, not
// only from inside the body.
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, type RefObject } from 'react';
import { BodyPane, isShortcut, type BodyPaneHandle } from '../editor/body/BodyPane';
import type { ArticleSession } from '../session/articleSession';

interface ArticleBodyProps {
  editor: Editor;
  session: ArticleSession | null;
  pane: RefObject<BodyPaneHandle | null>;
}

export function ArticleBody({ editor, session, pane }: ArticleBodyProps) {
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!session) return;
    const onKey = (event: KeyboardEvent) => {
      // Inside the body the pane handles its own shortcuts.
      if (event.target instanceof Node && frame.current?.contains(event.target)) return;
      const mode = isShortcut(event, 'f') ? 'find' : isShortcut(event, 'h') ? 'replace' : null;
      if (!mode) return;
      event.preventDefault();
      pane.current?.openFind(mode);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, pane]);

  return (
    <div ref={frame} className="body-frame" hidden={!session}>
      <BodyPane editor={editor} ref={pane} />
    </div>
  );
}
