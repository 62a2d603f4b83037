// Find and replace in the body (Ctrl/Cmd+F, Ctrl/Cmd+H): the query, its options, the count, the actions.
// Quotes, dashes and ellipses are found whichever way they were typed (core/find/fold.ts). As in Word
// and Docs, both shortcuts put the cursor in Find, filled with the selected words when they are on
// one line, and Replace all says how many it replaced.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findState } from '../../../core/find/find-state';
import { FindOptions, optionForKey, type FindOptionValues } from './FindOptions';
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

/** What Replace all reports: "2 replaced", "Nothing to replace". */
export function replacedText(count: number): string {
  return count === 0 ? 'Nothing to replace' : `${count.toLocaleString()} replaced`;
}

/** Longer than this, a selection is a passage to edit, not words to look for. */
const MAX_PREFILL = 200;

/** The selected words, when they make a query: on one line, not too long. */
export function selectedQuery(editor: Editor): string | null {
  const { selection, doc } = editor.state;
  if (selection.empty || !selection.$from.sameParent(selection.$to)) return null;
  const text = doc.textBetween(selection.from, selection.to);
  return text.trim() === '' || text.length > MAX_PREFILL ? null : text;
}

export function FindBar({ editor, mode, focusRequest, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptionValues>({ matchCase: false, wholeWord: false, regex: false });
  const [report, setReport] = useState('');
  const problemId = useId();
  const bar = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const count = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { total, current: index, problem } = findState(current.state);
      return { total, current: index, problem, editable: current.isEditable };
    },
  });
  // What Replace all said belongs to the query it ran on: another query or option clears it.
  const toggle = (key: keyof FindOptionValues) => {
    setOptions((now) => ({ ...now, [key]: !now[key] }));
    setReport('');
  };
  const search = (next: string) => {
    setQuery(next);
    setReport('');
  };

  // Each Ctrl/Cmd+F or +H: the cursor in Find. Pressed in the body with words selected, they become
  // the query; pressed again inside the bar, the query the reporter typed stays.
  useEffect(() => {
    const fromBody = !bar.current?.contains(document.activeElement) && editor.view.hasFocus();
    const selected = fromBody ? selectedQuery(editor) : null;
    if (selected !== null) search(selected);
    findInput.current?.focus();
    findInput.current?.select();
  }, [editor, mode, focusRequest]);

  const { matchCase, wholeWord, regex } = options;
  useEffect(() => {
    editor.commands.setFindQuery({ query, matchCase, wholeWord, regex });
    revealCurrentMatch(editor);
  }, [editor, query, matchCase, wholeWord, regex]);

  // Closing forgets the highlights; they must not linger in the body after the bar is gone.
  useEffect(() => () => void editor.commands.clearFind(), [editor]);

  const step = (direction: 'next' | 'previous') => {
    if (direction === 'next') editor.commands.findNext();
    else editor.commands.findPrevious();
    revealCurrentMatch(editor);
  };
  const replaceOne = () => {
    if (!editor.commands.replaceCurrent(replacement)) setReport(replacedText(0));
    else setReport('');
    revealCurrentMatch(editor);
  };
  const replaceEvery = () => {
    const count = findState(editor.state).total;
    setReport(replacedText(count > 0 && editor.commands.replaceAll(replacement) ? count : 0));
  };
  // Back to the text at once, not a frame later as TipTap's focus command does: a Ctrl+Z pressed
  // straight after Escape must reach the body, not the bar that is going away.
  const close = () => {
    editor.view.focus();
    onClose();
    editor.commands.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const option = optionForKey(event);
    if (event.key !== 'Escape' && !option) return;
    event.preventDefault();
    event.stopPropagation();
    if (option) toggle(option);
    else close();
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

  const problem = query === '' ? null : count.problem;
  // Enabled while there is a query, so pressing it with nothing left says so rather than doing nothing.
  const cannotReplace = query === '' || problem !== null || !count.editable;
  return (
    <div
      ref={bar}
      role="search"
      aria-label="Find and replace"
      className="find-bar"
      data-covers="top"
      onKeyDown={onKeyDown}
    >
      <input
        ref={findInput}
        type="search"
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onFindKeyDown}
        aria-invalid={problem !== null}
        aria-describedby={problemId}
      />
      <span role="status" aria-label="Match count" className="find-count">
        {query === '' || problem ? '' : matchCountText(count.total, count.current)}
      </span>
      {/* Always there, so a screen reader hears the problem when it appears; shown under the bar. */}
      <span role="status" id={problemId} className="find-problem">
        {problem}
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
      <FindOptions values={options} onToggle={toggle} />
      <input
        ref={replaceInput}
        type="text"
        aria-label="Replace with"
        placeholder={regex ? 'Replace with ($1 for a group)' : 'Replace with'}
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
      <span role="status" aria-label="Replaced" className="find-report">
        {report}
      </span>
      <button type="button" className="quiet" aria-label="Close find and replace" onClick={close}>
        ×
      </button>
    </div>
  );
}
