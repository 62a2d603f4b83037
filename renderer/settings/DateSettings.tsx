// The newsroom's date style and the wording of its date lines, as the Dates panel and the export
// print them.
import type { DateLabels, DateStyle } from '../../core/settings/settings';
import { DATE_STYLES } from '../../core/settings/settings';
import type { SettingsForm } from './settingsForm';
import { SettingsRow } from './SettingsRow';

const STYLE_LABELS: Record<DateStyle, string> = {
  ap: 'AP style (Feb. 18, 2021, 9:14 p.m. EST)',
  long: 'Long (February 18, 2021)',
  iso: 'ISO 8601 (2021-02-18T21:14:00-05:00)',
};

const LABEL_NAMES: Record<keyof DateLabels, string> = {
  published: 'Published line',
  lastUpdated: 'Last updated line',
  update: 'Update entry',
  correction: 'Correction entry',
  clarification: 'Clarification entry',
};

interface DateSettingsProps {
  form: SettingsForm;
  onStyle: (style: DateStyle) => void;
  onLabel: (key: keyof DateLabels, value: string) => void;
}

export function DateSettings({ form, onStyle, onLabel }: DateSettingsProps) {
  return (
    <fieldset className="settings-group">
      <legend>Dates</legend>
      <SettingsRow id="settings-date-style" label="Date style">
        <select
          id="settings-date-style"
          value={form.dateStyle}
          onChange={(event) => onStyle(event.target.value as DateStyle)}
        >
          {DATE_STYLES.map((style) => (
            <option key={style} value={style}>
              {STYLE_LABELS[style]}
            </option>
          ))}
        </select>
      </SettingsRow>
      <p id="settings-labels-help" className="field-help">
        {'{date}'} is replaced by the date in the style above, {'{note}'} by the note of an update.
      </p>
      {(Object.keys(LABEL_NAMES) as (keyof DateLabels)[]).map((key) => (
        <SettingsRow key={key} id={`settings-label-${key}`} label={LABEL_NAMES[key]}>
          <input
            id={`settings-label-${key}`}
            maxLength={200}
            aria-describedby="settings-labels-help"
            value={form.dateLabels[key]}
            onChange={(event) => onLabel(key, event.target.value)}
          />
        </SettingsRow>
      ))}
    </fieldset>
  );
}
