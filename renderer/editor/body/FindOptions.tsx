// The find bar's options: match case, whole word, regular expression, each a checkbox with an
// Alt+letter shortcut (read by its key's place, so macOS's Option+C, which types "ç", works too).
import type { KeyboardEvent } from 'react';

export interface FindOptionValues {
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

const OPTIONS: { key: keyof FindOptionValues; label: string; code: string; shortcut: string }[] = [
  { key: 'matchCase', label: 'Match case', code: 'KeyC', shortcut: 'Alt+C' },
  { key: 'wholeWord', label: 'Whole word', code: 'KeyW', shortcut: 'Alt+W' },
  { key: 'regex', label: 'Regular expression', code: 'KeyR', shortcut: 'Alt+R' },
];

/** The option an Alt+letter press toggles, if any. */
export function optionForKey(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): keyof FindOptionValues | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return OPTIONS.find((option) => option.code === event.code)?.key ?? null;
}

interface FindOptionsProps {
  values: FindOptionValues;
  onToggle: (key: keyof FindOptionValues) => void;
}

/** One group, so the options wrap together when the bar is narrow. */
export function FindOptions({ values, onToggle }: FindOptionsProps) {
  return (
    <span role="group" aria-label="Find options" className="find-options">
      {OPTIONS.map(({ key, label, shortcut }) => (
        <label key={key} className="find-option" title={`${label} (${shortcut})`}>
          <input type="checkbox" checked={values[key]} onChange={() => onToggle(key)} aria-keyshortcuts={shortcut} />
          {label}
        </label>
      ))}
    </span>
  );
}
