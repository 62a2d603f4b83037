// The desk's shortcuts from anywhere in the window while an article is open: Ctrl/Cmd+Alt+M opens
// a new comment on the body's selection (as Google Docs does), Ctrl/Cmd+Alt+Shift+X turns Suggest
// mode on or off (Google Docs' key for suggesting; Word's Ctrl+Shift+E is Export Library here). Keys are read by their place (event.code), since
// Alt changes the letter a key types on macOS.
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { IS_MAC } from '../editor/body/shortcuts';
import type { ReviewDesk } from './reviewDesk';
import { selectionForComment } from './selectionForComment';

type Keys = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const mod = (event: Keys, mac: boolean): boolean =>
  mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;

export function isCommentKey(event: Keys, mac = IS_MAC): boolean {
  return mod(event, mac) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

export function isSuggestKey(event: Keys, mac = IS_MAC): boolean {
  return mod(event, mac) && event.shiftKey && event.altKey && event.code === 'KeyX';
}

export function useReviewKeys(editor: Editor, desk: ReviewDesk, active: boolean, onShowReview: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isCommentKey(event)) {
        event.preventDefault();
        if (!editor.isEditable) return;
        desk.compose(selectionForComment(editor));
        onShowReview();
      } else if (isSuggestKey(event)) {
        event.preventDefault();
        if (editor.isEditable) editor.commands.toggleSuggesting();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, desk, active, onShowReview]);
}
