// The newsroom's settings that the editor reads and the reporter can change. Window bounds,
// the library folder and other per-machine state stay in the main process.
import { z } from 'zod';
import { isTimeZone } from '../dates/zones';

/** An http or https address with a host and no spaces: what a canonical link can start with. */
export const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;

export const THEMES = ['system', 'light', 'dark'] as const;

export const DEFAULT_SECTIONS = ['News', 'Politics', 'Business', 'World', 'Sport', 'Culture', 'Opinion'] as const;

/** How dates are printed, in the editor and in the export alike. */
export const DATE_STYLES = ['ap', 'long', 'iso'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/**
 * The house style of the date lines: `{date}` is replaced by the date in the chosen style and
 * `{note}` by an update's note.
 */
export const DateLabels = z.object({
  published: z.string().min(1).max(200),
  lastUpdated: z.string().min(1).max(200),
  update: z.string().min(1).max(200),
  correction: z.string().min(1).max(200),
  clarification: z.string().min(1).max(200),
});
export type DateLabels = z.infer<typeof DateLabels>;

export const DEFAULT_DATE_LABELS: DateLabels = {
  published: 'Published {date}',
  lastUpdated: 'Last Updated On: {date}',
  update: 'Updated {date}: {note}',
  correction: 'Correction, {date}: {note}',
  clarification: 'Clarification, {date}: {note}',
};

export const Settings = z.object({
  newsroomName: z.string().max(200),
  /** Fills the first byline of a new article. */
  defaultByline: z.string().max(200),
  defaultBylineRole: z.string().max(200),
  /** IANA name of the newsroom's zone; datelines default to it. */
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'an IANA time zone name such as "America/New_York"'),
  theme: z.enum(THEMES),
  /** The sections an article can be filed under, in the order the desk wants them listed. */
  sections: z.array(z.string().trim().min(1).max(100)).max(200),
  /** Headlines longer than this many characters get a warning. */
  headlineLimit: z.number().int().min(10).max(1000),
  /** Curly quotes, dashes and ellipses as you type. */
  smartTypography: z.boolean(),
  /** The person at the keyboard: every stamp and override carries this name. */
  yourName: z.string().max(200),
  dateStyle: z.enum(DATE_STYLES),
  dateLabels: DateLabels,
  /** Exported articles get a canonical URL of this base plus the slug, when set. */
  // A plain pattern rather than z.url(), so the settings file's JSON Schema check says exactly the same.
  baseUrl: z.union([z.literal(''), z.string().max(2000).regex(HTTP_URL, 'an http or https address')]),
  /** The export carries Byline's clean default stylesheet. */
  exportStylesheet: z.boolean(),
  /** Each exported quotation carries its source's name in a data- attribute. */
  exportQuoteSources: z.boolean(),
  /**
   * Publishing needs the desk's approval (the check's blocking `not-approved`); a one-person
   * newsroom turns it off.
   */
  requireApproval: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(timeZone: string): Settings {
  return {
    newsroomName: '',
    defaultByline: '',
    defaultBylineRole: '',
    timeZone,
    theme: 'system',
    sections: [...DEFAULT_SECTIONS],
    headlineLimit: 110,
    smartTypography: true,
    yourName: '',
    dateStyle: 'ap',
    dateLabels: { ...DEFAULT_DATE_LABELS },
    baseUrl: '',
    exportStylesheet: true,
    exportQuoteSources: false,
    requireApproval: true,
  };
}
