// A time zone picker with a search box: typing "Brussels" or "+05:30" narrows a list grouped by
// region, each zone with its current offset and city. The chosen zone always stays listed, so
// searching never changes the choice by itself.
import { useId, useMemo, useState } from 'react';
import '../styles/fields.css';
import { searchZones, zoneChoice, zoneChoices } from './zoneLabels';
import { ZoneOptions } from './ZoneOptions';

interface ZonePickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (zone: string) => void;
  disabled?: boolean;
}

export function ZonePicker({ id, label, value, onChange, disabled }: ZonePickerProps) {
  const [typed, setTyped] = useState('');
  const helpId = useId();
  const all = useMemo(() => zoneChoices(), []);
  const found = searchZones(all, typed);
  const current = all.find((choice) => choice.zone === value) ?? zoneChoice(value);
  const listed = found.some((choice) => choice.zone === value) ? found : [current, ...found];
  return (
    <div className="field zone-picker">
      <label htmlFor={id}>{label}</label>
      <input
        type="search"
        aria-label={`Search ${label.toLocaleLowerCase()}s`}
        aria-controls={id}
        aria-describedby={helpId}
        placeholder="Search by city, zone or offset"
        value={typed}
        disabled={disabled}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          // Enter takes the first zone found, as a search box with suggestions does.
          if (event.key === 'Enter' && found[0]) {
            event.preventDefault();
            onChange(found[0].zone);
          }
        }}
      />
      <select
        id={id}
        size={7}
        value={value}
        disabled={disabled}
        aria-describedby={helpId}
        onChange={(event) => onChange(event.target.value)}
      >
        <ZoneOptions choices={listed} />
      </select>
      <p id={helpId} className="field-help" aria-live="polite">
        {typed.trim() === ''
          ? `${current.label}. ${all.length} zones.`
          : found.length === 0
            ? `No zone matches “${typed.trim()}”.`
            : `${found.length} ${found.length === 1 ? 'zone matches' : 'zones match'}. Chosen: ${current.label}.`}
      </p>
    </div>
  );
}
