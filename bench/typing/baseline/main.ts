// The benchmark's baseline: TipTap's StarterKit and nothing else, with no containment, opening
// the document the driver put on the page when the driver asks.
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    __bylineBenchDocument?: JSONContent;
    __bylineBenchOpen?: () => void;
  }
}

window.__bylineBenchOpen = () => {
  const element = document.getElementById('editor');
  if (!element || !window.__bylineBenchDocument) throw new Error('The baseline page needs #editor and a document.');
  new Editor({ element, extensions: [StarterKit], content: window.__bylineBenchDocument });
};
