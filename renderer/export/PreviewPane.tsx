// Preview: the exported page beside (or instead of) the editor, drawn from the export's own HTML
// and stylesheet, so what the reporter checks here is what readers get. It follows the writing
// once the reporter pauses (body, fields and stamps alike), never on each keystroke.
//
// The page is shown in an iframe with `sandbox=""` from `srcdoc`: no script runs in it, it has
// an origin of its own (none), and it cannot reach the app's bridge or navigate the window.
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';
import type { Settings } from '../../core/settings/settings';
import type { ArticleSession } from '../session/articleSession';
import { previewPage, type PreviewPage } from './previewDocument';
import './preview.css';

/** How long the reporter pauses before the preview catches up. */
export const PREVIEW_DELAY_MS = 400;

export interface PreviewPaneProps {
  session: ArticleSession;
  /** The body editor: the preview follows its changes. */
  editor: Editor;
  settings: Settings;
  onClose: () => void;
}

export function PreviewPane({ session, editor, settings, onClose }: PreviewPaneProps) {
  const [page, setPage] = useState<PreviewPage>(() => previewPage(session.draft(), settings));
  useEffect(() => {
    const render = () => setPage(previewPage(session.draft(), settings));
    render();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(render, PREVIEW_DELAY_MS);
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (transaction.docChanged) later();
    };
    editor.on('transaction', onTransaction);
    // Fields and stamps notify here.
    const unsubscribe = session.subscribe(later);
    return () => {
      if (timer !== null) clearTimeout(timer);
      editor.off('transaction', onTransaction);
      unsubscribe();
    };
  }, [session, editor, settings]);
  return (
    <section className="preview-pane" aria-labelledby="preview-heading">
      <div className="preview-bar">
        <h2 id="preview-heading" className="preview-heading">
          Preview of the exported page
        </h2>
        <button type="button" className="quiet" onClick={onClose}>
          Close preview
        </button>
      </div>
      {page.ok ? (
        <iframe className="preview-frame" title="Exported page" sandbox="" srcDoc={page.html} />
      ) : (
        <p role="status" className="preview-refusal">
          {page.reason}
        </p>
      )}
    </section>
  );
}
