// The settings dialog: the newsroom's name, your name, bylines, time zone, sections, headline
// limit, smart typography, theme, dates and export, saved together.
import { useState } from 'react';
import { THEMES, type Settings } from '../../core/ipc/contract';
import { Modal } from '../dialogs/Modal';
import { timeZones } from '../fields/fieldRules';
import { DateSettings } from './DateSettings';
import { ExportSettings } from './ExportSettings';
import { formOf, readForm, type SettingsForm } from './settingsForm';
import { SettingsRow as Row } from './SettingsRow';

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' };

interface SettingsDialogProps {
  settings: Settings;
  onSave: (settings: Settings) => Promise<string | null>;
  onClose: () => void;
}

export function SettingsDialog({ settings, onSave, onClose }: SettingsDialogProps) {
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) =>
    setForm((old) => ({ ...old, [key]: value }));
  const zones = timeZones().includes(form.timeZone) ? timeZones() : [form.timeZone, ...timeZones()];

  const save = async () => {
    const reading = readForm(form);
    if (!reading.ok) return setProblem(reading.problem);
    const failed = await onSave(reading.settings);
    if (failed === null) onClose();
    else setProblem(failed);
  };

  return (
    <Modal title="Settings" onEscape={onClose} className="settings">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Row id="settings-newsroom" label="Newsroom name">
          <input
            id="settings-newsroom"
            maxLength={200}
            value={form.newsroomName}
            onChange={(event) => set('newsroomName', event.target.value)}
          />
        </Row>
        <Row id="settings-your-name" label="Your name">
          <input
            id="settings-your-name"
            maxLength={200}
            aria-describedby="settings-your-name-help"
            value={form.yourName}
            onChange={(event) => set('yourName', event.target.value)}
          />
          <p id="settings-your-name-help" className="field-help">
            Every stamp and override you make carries this name.
          </p>
        </Row>
        <Row id="settings-byline" label="Default byline">
          <input
            id="settings-byline"
            maxLength={200}
            value={form.defaultByline}
            onChange={(event) => set('defaultByline', event.target.value)}
          />
        </Row>
        <Row id="settings-byline-role" label="Default byline role">
          <input
            id="settings-byline-role"
            maxLength={200}
            value={form.defaultBylineRole}
            onChange={(event) => set('defaultBylineRole', event.target.value)}
          />
        </Row>
        <Row id="settings-zone" label="Newsroom time zone">
          <select id="settings-zone" value={form.timeZone} onChange={(event) => set('timeZone', event.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </Row>
        <Row id="settings-sections" label="Sections">
          <textarea
            id="settings-sections"
            rows={6}
            aria-describedby="settings-sections-help"
            value={form.sections}
            onChange={(event) => set('sections', event.target.value)}
          />
          <p id="settings-sections-help" className="field-help">
            One section per line, in the order the desk lists them.
          </p>
        </Row>
        <Row id="settings-headline-limit" label="Headline length warning">
          <input
            id="settings-headline-limit"
            type="number"
            min={10}
            max={1000}
            value={form.headlineLimit}
            onChange={(event) => set('headlineLimit', event.target.value)}
          />
        </Row>
        <label className="check">
          <input
            type="checkbox"
            checked={form.smartTypography}
            onChange={(event) => set('smartTypography', event.target.checked)}
          />
          Smart typography
        </label>
        <Row id="settings-theme" label="Theme">
          <select
            id="settings-theme"
            value={form.theme}
            onChange={(event) => set('theme', event.target.value as Settings['theme'])}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </Row>
        <DateSettings
          form={form}
          onStyle={(style) => set('dateStyle', style)}
          onLabel={(key, value) => setForm((old) => ({ ...old, dateLabels: { ...old.dateLabels, [key]: value } }))}
        />
        <ExportSettings form={form} onChange={set} />
        {problem ? (
          <p role="alert" className="field-problem">
            {problem}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit">Save settings</button>
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
