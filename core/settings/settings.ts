// The newsroom's settings that the editor reads and the reporter can change. Window bounds,
// the library folder and other per-machine state stay in the main process.
import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;

export const DEFAULT_SECTIONS = ['News', 'Politics', 'Business', 'World', 'Sport', 'Culture', 'Opinion'] as const;

export const Settings = z.object({
  newsroomName: z.string().max(200),
  /** Fills the first byline of a new article. */
  defaultByline: z.string().max(200),
  defaultBylineRole: z.string().max(200),
  /** IANA name of the newsroom's zone; datelines default to it. */
  timeZone: z.string().max(64),
  theme: z.enum(THEMES),
  /** The sections an article can be filed under, in the order the desk wants them listed. */
  sections: z.array(z.string().trim().min(1).max(100)).max(200),
  /** Headlines longer than this many characters get a warning. */
  headlineLimit: z.number().int().min(10).max(1000),
  /** Curly quotes, dashes and ellipses as you type. */
  smartTypography: z.boolean(),
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
  };
}
