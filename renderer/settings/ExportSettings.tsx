// What an exported article carries beyond the article itself: its canonical address, the default
// stylesheet, and the quoted sources' names.
import type { SettingsForm } from './settingsForm';
import { SettingsRow } from './SettingsRow';

interface ExportSettingsProps {
  form: SettingsForm;
  onChange: <K extends 'baseUrl' | 'exportStylesheet' | 'exportQuoteSources'>(key: K, value: SettingsForm[K]) => void;
}

export function ExportSettings({ form, onChange }: ExportSettingsProps) {
  return (
    <fieldset className="settings-group">
      <legend>Export</legend>
      <SettingsRow id="settings-base-url" label="Base URL">
        <input
          id="settings-base-url"
          type="url"
          maxLength={2000}
          placeholder="https://news.example.com/stories/"
          aria-describedby="settings-base-url-help"
          value={form.baseUrl}
          onChange={(event) => onChange('baseUrl', event.target.value)}
        />
        <p id="settings-base-url-help" className="field-help">
          Exported articles get a canonical link of this address followed by their slug. Leave empty for none.
        </p>
      </SettingsRow>
      <label className="check">
        <input
          type="checkbox"
          checked={form.exportStylesheet}
          onChange={(event) => onChange('exportStylesheet', event.target.checked)}
        />
        Include the default stylesheet
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={form.exportQuoteSources}
          onChange={(event) => onChange('exportQuoteSources', event.target.checked)}
        />
        Mark each quotation with its source’s name
      </label>
    </fieldset>
  );
}
