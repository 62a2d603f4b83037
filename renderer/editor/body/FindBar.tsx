// Find and replace in the body (Ctrl/Cmd+F, Ctrl/Cmd+H): the query, its options, the count, the actions.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { findState } from '../../../core/find/find-state';
import { revealCurrentMatch } from './revealMatch';

export type FindMode = 'find' | 'replace';

interface FindBarProps {
  editor: Editor;
  mode: FindMode;
  /** Bumped on each Ctrl/Cmd+F or +H, so an open bar takes focus again. */
  focusRequest: number;
  onClose: () => void;
}

export function matchCountText(total: number, current: number): string {
  if (total === 0) return 'No matches';
  return current > 0 ? `${current} of ${total}` : `${total} ${total === 1 ? 'match' : 'matches'}`;
}

export function FindBar({ editor, mode, focusRequest, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const count = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { total, current: index } = findState(current.state);
      return { total, current: index, editable: current.isEditable };
    },
  });

  useEffect(() => {
    const input = mode === 'replace' ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
  }, [mode, focusRequest]);

  useEffect(() => {
    editor.commands.setFindQuery({ query, matchCase, wholeWord });
    revealCurrentMatch(editor);
  }, [editor, query, matchCase, wholeWord]);

  // Closing forgets the highlights; they must not linger in the body after the bar is gone.
  useEffect(() => () => void editor.commands.clearFind(), [editor]);

  const step = (direction: 'next' | 'previous') => {
    if (direction === 'next') editor.commands.findNext();
    else editor.commands.findPrevious();
    revealCurrentMatch(editor);
  };
  const replaceOne = () => {
    editor.commands.replaceCurrent(replacement);
    revealCurrentMatch(editor);
  };
  // The button disables itself once nothing is left to replace; keep focus in the bar so Escape still closes it.
  const replaceEvery = () => {
    editor.commands.replaceAll(replacement);
    replaceInput.current?.focus();
  };
  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const onFindKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? 'previous' : 'next');
  };
  const onReplaceKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    replaceOne();
  };

  const cannotReplace = count.total === 0 || !count.editable;
  return (
    <div role="search" aria-label="Find and replace" className="find-bar" onKeyDown={onKeyDown}>
      <input
        ref={findInput}
        type="search"
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onFindKeyDown}
      />
      <span role="status" aria-label="Match count" className="find-count">
        {query === '' ? '' : matchCountText(count.total, count.current)}
      </span>
      <button
        type="button"
        className="quiet"
        aria-label="Previous match"
        onClick={() => step('previous')}
        disabled={count.total === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="quiet"
        aria-label="Next match"
        onClick={() => step('next')}
        disabled={count.total === 0}
      >
        ↓
      </button>
      <label className="find-option">
        <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} />
        Match case
      </label>
      <label className="find-option">
        <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} />
        Whole word
      </label>
      <input
        ref={replaceInput}
        type="text"
        aria-label="Replace with"
        placeholder="Replace with"
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
        onKeyDown={onReplaceKeyDown}
      />
      <button type="button" className="quiet" onClick={replaceOne} disabled={cannotReplace}>
        Replace
      </button>
      <button type="button" className="quiet" onClick={replaceEvery} disabled={cannotReplace}>
        Replace all
      </button>
      <button type="button" className="quiet" aria-label="Close find and replace" onClick={close}>
        ×
      </button>
    </div>
  );
}
