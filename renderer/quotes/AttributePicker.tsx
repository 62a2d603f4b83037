// The "Attribute quotation" picker: type to filter the article's sources, Enter picks, or create
// a new source from what was typed.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Source } from '../../core/article/source';
import { isUnnamedSource, sourceLabel } from '../../core/attribution/unnamed-sources';
import { Modal } from '../dialogs/Modal';

interface AttributePickerProps {
  sources: readonly Source[];
  /** Called with an existing source's id, or with a name for a new source. */
  onPick: (choice: { sourceId: string } | { newName: string }) => void;
  onCancel: () => void;
}

export function AttributePicker({ sources, onPick, onCancel }: AttributePickerProps) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const wanted = typed.trim().toLocaleLowerCase();
  const matching = sources.filter((source) =>
    `${source.name} ${source.title} ${source.organisation}`.toLocaleLowerCase().includes(wanted),
  );
  const exact = sources.some((source) => source.name.trim().toLocaleLowerCase() === wanted);
  const options: { key: string; label: string; choice: { sourceId: string } | { newName: string } }[] = [
    ...matching.map((source) => ({
      key: source.id,
      // An unnamed source reads "Unnamed source (a NATO spokesperson)", never ", a NATO spokesperson".
      label: isUnnamedSource(source)
        ? sourceLabel(source)
        : source.title
          ? `${source.name}, ${source.title}`
          : source.name,
      choice: { sourceId: source.id },
    })),
    ...(wanted !== '' && !exact
      ? [{ key: 'new', label: `New source “${typed.trim()}”`, choice: { newName: typed.trim() } }]
      : []),
  ];
  const current = Math.min(active, options.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[current];
      if (option) onPick(option.choice);
    }
  };

  return (
    <Modal title="Attribute quotation" onEscape={onCancel} className="attribute-picker">
      <input
        type="text"
        role="combobox"
        aria-label="Source"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options[current] ? `${listId}-${options[current].key}` : undefined}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul role="listbox" id={listId} aria-label="Sources" className="picker-options">
        {options.map((option, index) => (
          <li
            key={option.key}
            id={`${listId}-${option.key}`}
            role="option"
            aria-selected={index === current}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(option.choice)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
