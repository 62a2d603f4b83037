// The settings dialog: the newsroom's name, your name, bylines, time zone, sections, headline
// limit, smart typography, theme, dates and export, saved together. Sections listed on the left,
// Save and Cancel in a footer that never scrolls away.
import { useRef, useState } from 'react';
import { THEMES, type Settings } from '../../core/ipc/contract';
import { Modal } from '../dialogs/Modal';
import { ZonePicker } from '../fields/ZonePicker';
import '../styles/settings.css';
import { DateSettings } from './DateSettings';
import { ExportSettings } from './ExportSettings';
import { formOf, readForm, sectionOfProblem, type SettingsForm } from './settingsForm';
import { SettingsRow as Row } from './SettingsRow';
import { SECTIONS, SettingsNav, SettingsSection, type SectionId } from './SettingsSections';

const FORM_ID = 'settings-form';

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
  const [shown, setShown] = useState<SectionId>('general');
  const formRef = useRef<HTMLFormElement>(null);
  // The list on the left shows where the reporter is; choosing a section scrolls to it, as in a long
  // preferences page, so every field stays in one form and Save takes them all.
  const show = (id: SectionId) => {
    setShown(id);
    formRef.current?.querySelector(`#settings-section-${id}`)?.scrollIntoView?.({ block: 'start' });
  };
  const onScroll = () => {
    const form = formRef.current;
    if (!form) return;
    const top = form.getBoundingClientRect().top;
    const passed = SECTIONS.filter(
      (section) =>
        (form.querySelector(`#settings-section-${section.id}`)?.getBoundingClientRect().top ?? 0) - top <= 40,
    );
    const atEnd = form.scrollTop + form.clientHeight >= form.scrollHeight - 2;
    setShown(atEnd ? SECTIONS.at(-1)!.id : (passed.at(-1)?.id ?? 'general'));
  };

  const save = async () => {
    const reading = readForm(form);
    if (!reading.ok) {
      show(sectionOfProblem(reading.problem));
      return setProblem(reading.problem);
    }
    const failed = await onSave(reading.settings);
    if (failed === null) onClose();
    else setProblem(failed);
  };

  return (
    <Modal
      title="Settings"
      onEscape={onClose}
      className="settings"
      footer={
        <>
          {problem ? (
            <p role="alert" className="field-problem settings-problem">
              {problem}
            </p>
          ) : null}
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={FORM_ID}>
            Save settings
          </button>
        </>
      }
    >
      <div className="settings-layout">
        <SettingsNav sections={SECTIONS} shown={shown} onShow={show} />
        <form
          id={FORM_ID}
          ref={formRef}
          className="settings-sections"
          noValidate
          onScroll={onScroll}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SettingsSection id="general" title="General">
            <Row id="settings-newsroom" label="Newsroom name">
              <input
                id="settings-newsroom"
                data-autofocus
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
                Every stamp, override, comment, stage move and suggested edit you make carries this name.
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
          </SettingsSection>
          <SettingsSection id="writing" title="Writing">
            <Row id="settings-sections" label="Sections">
              <textarea
                id="settings-sections"
                rows={5}
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
            <label className="check">
              <input
                type="checkbox"
                aria-describedby="settings-require-approval-help"
                checked={form.requireApproval}
                onChange={(event) => set('requireApproval', event.target.checked)}
              />
              Publishing needs the desk’s approval
            </label>
            <p id="settings-require-approval-help" className="field-help">
              The pre-publish check blocks an article the desk has not approved. A one-person newsroom turns this off.
            </p>
          </SettingsSection>
          <SettingsSection id="dates" title="Dates & time">
            <ZonePicker
              id="settings-zone"
              label="Newsroom time zone"
              value={form.timeZone}
              onChange={(zone) => set('timeZone', zone)}
            />
            <DateSettings
              form={form}
              onStyle={(style) => set('dateStyle', style)}
              onLabel={(key, value) => setForm((old) => ({ ...old, dateLabels: { ...old.dateLabels, [key]: value } }))}
            />
          </SettingsSection>
          <SettingsSection id="export" title="Export">
            <ExportSettings form={form} onChange={set} />
          </SettingsSection>
        </form>
      </div>
    </Modal>
  );
}
