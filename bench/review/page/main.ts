// The Suggest-mode benchmark's page: the article body's own extensions with Suggest mode loaded,
// switched on when the address says ?suggest=1. The same page both ways, so the difference
// measured is Suggest mode's work on each keystroke and nothing else. It opens the document the
// driver put on the page when the driver asks, as the typing benchmark's baseline page does.
import { Editor, type JSONContent } from '@tiptap/core';
import { bodyExtensions } from '../../../core/body/extensions';
import { SuggestMode } from '../../../core/review/suggest-mode';

declare global {
  interface Window {
    __bylineBenchDocument?: JSONContent;
    __bylineBenchOpen?: () => void;
  }
}

let ids = 0;

window.__bylineBenchOpen = () => {
  const element = document.getElementById('editor');
  if (!element || !window.__bylineBenchDocument) throw new Error('The page needs #editor and a document.');
  const editor = new Editor({
    element,
    extensions: [
      ...bodyExtensions(),
      SuggestMode.configure({
        user: () => ({ name: 'Desk editor' }),
        now: () => new Date().toISOString(),
        newId: () => `bench-${++ids}`,
      }),
    ],
    content: window.__bylineBenchDocument,
  });
  if (new URLSearchParams(location.search).get('suggest') === '1') editor.commands.setSuggesting(true);
};
