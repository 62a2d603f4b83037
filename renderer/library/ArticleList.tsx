// The library's articles as a listbox: arrow keys move, Enter or a click opens.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '../../core/ipc/contract';
import { STAGE_LABELS } from '../../core/review/stages';
import { dueWhen, fullDate, savedAgo, wordsLabel } from './savedAt';
import { entryKey } from './visibleEntries';

interface ArticleListProps {
  entries: LibraryEntry[];
  /** The key (entryKey) of what the desk shows now. */
  selectedKey: string | null;
  onOpen: (entry: LibraryEntry) => void;
  now: number;
}

export function ArticleList({ entries, selectedKey, onOpen, now }: ArticleListProps) {
  // The arrow keys move the active row away from the open article until another one opens.
  const [moved, setMoved] = useState<{ key: string; from: string | null } | null>(null);
  const activeKey = moved && moved.from === selectedKey ? moved.key : selectedKey;
  const listRef = useRef<HTMLUListElement>(null);
  const keys = entries.map(entryKey);
  const activeIndex = activeKey === null ? -1 : keys.indexOf(activeKey);

  useEffect(() => {
    if (activeKey === null) return;
    const items = listRef.current?.children ?? [];
    for (const item of items)
      if ((item as HTMLElement).dataset.key === activeKey) item.scrollIntoView?.({ block: 'nearest' });
  }, [activeKey]);

  const move = (index: number) => {
    const key = keys[Math.max(0, Math.min(keys.length - 1, index))];
    if (key !== undefined) setMoved({ key, from: selectedKey });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const keyActions: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex < 0 ? keys.length - 1 : activeIndex - 1),
      Home: () => move(0),
      End: () => move(keys.length - 1),
      Enter: () => {
        const entry = entries[activeIndex];
        if (entry) onOpen(entry);
      },
    };
    const action = keyActions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <ul
      ref={listRef}
      role="listbox"
      aria-label="Articles"
      tabIndex={0}
      className="article-list"
      aria-activedescendant={activeIndex >= 0 ? optionId(keys[activeIndex]!) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0) move(0);
      }}
    >
      {entries.map((entry) => {
        const key = entryKey(entry);
        return (
          <li
            key={key}
            id={optionId(key)}
            data-key={key}
            role="option"
            aria-selected={key === selectedKey}
            className={key === activeKey ? 'option active' : 'option'}
            onClick={() => {
              setMoved({ key, from: selectedKey });
              onOpen(entry);
            }}
          >
            {entry.kind === 'article' ? (
              <ArticleSummaryView entry={entry} now={now} />
            ) : (
              <UnreadableView entry={entry} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function ArticleSummaryView({ entry, now }: { entry: Extract<LibraryEntry, { kind: 'article' }>; now: number }) {
  return (
    <>
      <span className="option-headline">{entry.headline || 'Untitled'}</span>
      <span className="option-meta">
        <span className="option-stage" data-stage={entry.stage}>
          {STAGE_LABELS[entry.stage]}
        </span>
        {entry.assignee !== null ? <span className="option-assignee">{`with ${entry.assignee}`}</span> : null}
        {entry.due !== null ? (
          <time
            className="option-due"
            dateTime={entry.due}
            title={fullDate(entry.due)}
            data-overdue={isOverdue(entry, now)}
          >
            {`due ${dueWhen(entry.due, now)}`}
          </time>
        ) : null}
        <time dateTime={entry.savedAt} title={fullDate(entry.savedAt)}>
          {savedAgo(entry.savedAt, now)}
        </time>
        <span>{wordsLabel(entry.words)}</span>
        {entry.readOnly ? <span className="badge">Read-only</span> : null}
        {/* Why: a newer format, or a copy carrying another file's id (which file it copies). */}
        {entry.readOnly ? <span className="option-reason">{entry.readOnly.message}</span> : null}
      </span>
    </>
  );
}

/** Overdue while it has not gone out: a published story's due time has passed for good reason. */
const isOverdue = (entry: Extract<LibraryEntry, { kind: 'article' }>, now: number): boolean =>
  entry.due !== null && entry.stage !== 'published' && Date.parse(entry.due) < now;

function UnreadableView({ entry }: { entry: Extract<LibraryEntry, { kind: 'unreadable' }> }) {
  return (
    <>
      <span className="option-headline">{entry.file}</span>
      <span className="option-meta">
        <span className="badge badge-problem">Can't open</span>
        <span className="option-reason">{entry.error.message}</span>
      </span>
    </>
  );
}

function optionId(key: string): string {
  return `entry-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
