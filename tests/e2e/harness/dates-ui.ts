// The dates and checks UI's names (issue 5): the Checks and Dates tabs, the stamp dialogs, the
// embargo banner and the date settings.
import type { Locator, Page } from 'playwright-core';
import type { DateLabels, DateStyle } from '../../../core/settings/settings';
import { editorUi, ui } from './ui';

export const datesUi = (page: Page) => {
  const checks = page.getByRole('region', { name: 'Checks', exact: true });
  const dates = page.getByRole('region', { name: 'Dates', exact: true });
  const dialog = (title: string): Locator => page.getByRole('dialog', { name: title, exact: true });
  return {
    checks,
    checksSummary: checks.getByRole('status'),
    problems: checks.getByRole('listitem'),
    dates,
    dateLines: dates.getByRole('group', { name: 'Date lines', exact: true }),
    updatesLog: dates.getByRole('list', { name: 'Updates log', exact: true }),
    stampAction: (
      name: 'Stamp as published' | 'Stamp an update' | 'Correct publication time' | 'Embargo until…',
    ): Locator => ui(page).button(name, dates),
    dialog,
    field: (title: string, label: string): Locator => dialog(title).getByLabel(label, { exact: true }),
    refusal: (title: string): Locator => dialog(title).getByRole('alert'),
    embargoBanner: page.getByRole('status', { name: 'Embargo', exact: true }),
  };
};

/** Brings the Checks, Dates or Details panel into view and returns it. */
export async function showTab(page: Page, name: 'Checks' | 'Dates' | 'Details'): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  // Details is the tab's panel itself; Checks and Dates are sections named for their tabs.
  const panel =
    name === 'Details'
      ? page.getByRole('tabpanel', { name, exact: true })
      : page.getByRole('region', { name, exact: true });
  await panel.waitFor();
  return panel;
}

export interface DateSettingsInput {
  yourName: string;
  timeZone: string;
  dateStyle: DateStyle;
  labels: Partial<DateLabels>;
  /** Publishing needs the desk's approval (on by default); a one-person newsroom turns it off. */
  requireApproval?: boolean;
}

const LABEL_FIELDS: Record<keyof DateLabels, string> = {
  published: 'Published line',
  lastUpdated: 'Last updated line',
  update: 'Update entry',
  correction: 'Correction entry',
  clarification: 'Clarification entry',
};

/** Fills the stamp and date settings in the Settings dialog and saves them. */
export async function setDateSettings(page: Page, input: DateSettingsInput): Promise<void> {
  const editor = editorUi(page);
  await editor.settingsButton.click();
  const field = (label: string) => editor.settings.getByLabel(label, { exact: true });
  await field('Your name').fill(input.yourName);
  await field('Newsroom time zone').selectOption(input.timeZone);
  await field('Date style').selectOption(input.dateStyle);
  for (const [key, template] of Object.entries(input.labels) as [keyof DateLabels, string][])
    await field(LABEL_FIELDS[key]).fill(template);
  if (input.requireApproval !== undefined) await approvalSetting(page).setChecked(input.requireApproval);
  await ui(page).button('Save settings', editor.settings).click();
  await editor.settings.waitFor({ state: 'hidden' });
}

const approvalSetting = (page: Page): Locator =>
  editorUi(page).settings.getByRole('checkbox', { name: 'Publishing needs the desk’s approval', exact: true });

/** A one-person newsroom: Settings › "Publishing needs the desk's approval" turned off and saved. */
export async function workAlone(page: Page): Promise<void> {
  const editor = editorUi(page);
  await editor.settingsButton.click();
  await approvalSetting(page).setChecked(false);
  await ui(page).button('Save settings', editor.settings).click();
  await editor.settings.waitFor({ state: 'hidden' });
}
