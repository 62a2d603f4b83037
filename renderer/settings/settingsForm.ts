// The settings dialog's form: what the reporter types, and reading it back into settings.
import { Settings } from '../../core/settings/settings';

/** The settings as the dialog edits them: lists and numbers as the text typed. */
export interface SettingsForm extends Omit<Settings, 'sections' | 'headlineLimit'> {
  /** One section per line. */
  sections: string;
  headlineLimit: string;
}

export function formOf(settings: Settings): SettingsForm {
  return { ...settings, sections: settings.sections.join('\n'), headlineLimit: String(settings.headlineLimit) };
}

export const HEADLINE_LIMIT_PROBLEM = 'Headline length warning must be a whole number from 10 to 1,000.';

export const BASE_URL_PROBLEM = 'Base URL must be an address starting with http:// or https://, or empty.';
export const LABEL_PROBLEM = 'Each date line needs its {date}.';

/** The settings' own rule for a base URL, so the form never accepts what main would refuse. */
const isBaseUrl = (text: string): boolean => Settings.shape.baseUrl.safeParse(text).success;

export type FormReading = { ok: true; settings: Settings } | { ok: false; problem: string };

export function readForm(form: SettingsForm): FormReading {
  const limit = form.headlineLimit.trim();
  const headlineLimit = Number(limit);
  if (!/^\d+$/.test(limit) || headlineLimit < 10 || headlineLimit > 1000)
    return { ok: false, problem: HEADLINE_LIMIT_PROBLEM };
  const baseUrl = form.baseUrl.trim();
  if (!isBaseUrl(baseUrl)) return { ok: false, problem: BASE_URL_PROBLEM };
  if (Object.values(form.dateLabels).some((label) => !label.includes('{date}')))
    return { ok: false, problem: LABEL_PROBLEM };
  const sections: string[] = [];
  for (const line of form.sections.split('\n')) {
    const section = line.trim().slice(0, 100);
    if (section !== '' && !sections.includes(section)) sections.push(section);
  }
  return {
    ok: true,
    settings: {
      ...form,
      newsroomName: form.newsroomName.trim(),
      yourName: form.yourName.trim(),
      baseUrl,
      defaultByline: form.defaultByline.trim(),
      defaultBylineRole: form.defaultBylineRole.trim(),
      timeZone: form.timeZone,
      theme: form.theme,
      sections,
      headlineLimit,
      smartTypography: form.smartTypography,
    },
  };
}

/** The settings section that holds the field a problem is about, so the dialog can show it. */
export function sectionOfProblem(problem: string): 'general' | 'writing' | 'dates' | 'export' {
  if (problem === HEADLINE_LIMIT_PROBLEM) return 'writing';
  if (problem === BASE_URL_PROBLEM) return 'export';
  if (problem === LABEL_PROBLEM) return 'dates';
  return 'general';
}
