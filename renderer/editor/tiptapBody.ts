// The TipTap editor seen as the desk's BodyPort: loading an article is not an edit, and only
// transactions that change the document count as edits (RELIABILITY item 9).
import type { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { BodyJSON } from '../../core/body/schema';
import type { BodyPort } from '../session/bodyPort';

/**
 * Transaction metadata marking "another body was loaded". Loading swaps the editor's whole state,
 * which tells no listener; this empty transaction after it lets the toolbar and counts catch up.
 */
export const BODY_LOADED = 'bylineBodyLoaded';

export interface TiptapBody extends BodyPort {
  /** Calls `onEdit` for each document-changing transaction the reporter caused; returns the unsubscribe. */
  watchEdits(onEdit: () => void): () => void;
}

export function tiptapBody(editor: Editor): TiptapBody {
  let loading = false;

  const load = (body: BodyJSON, editable: boolean): string | null => {
    let problem: string | null = null;
    // Editable before the new state is made: plugins that read it as their state starts (the empty
    // body's "Write the story…" placeholder) would otherwise start from the previous article's.
    editor.setEditable(editable, false);
    try {
      const doc = editor.schema.nodeFromJSON(body);
      doc.check();
      // A fresh state, so undo cannot reach back into the previously open article.
      editor.view.updateState(EditorState.create({ doc, schema: editor.schema, plugins: editor.state.plugins }));
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      loading = true;
      try {
        editor.commands.setContent(body, { emitUpdate: false, errorOnInvalidContent: false });
      } catch {
        editor.commands.clearContent(false);
      } finally {
        loading = false;
      }
    }
    editor.setEditable(editable && problem === null, false);
    // Setting the selection it already has makes the placeholder look at the first block again: it
    // was first drawn while the view still held the previous article, whose text said "not empty".
    const loaded = editor.state.tr.setSelection(editor.state.selection);
    editor.view.dispatch(loaded.setMeta(BODY_LOADED, true).setMeta('addToHistory', false));
    return problem;
  };

  return {
    load,
    read: () => editor.getJSON() as BodyJSON,
    setEditable: (editable) => editor.setEditable(editable, false),
    watchEdits(onEdit) {
      const listener = ({ transaction }: { transaction: { docChanged: boolean } }) => {
        if (transaction.docChanged && !loading) onEdit();
      };
      editor.on('transaction', listener);
      return () => {
        editor.off('transaction', listener);
      };
    },
  };
}
