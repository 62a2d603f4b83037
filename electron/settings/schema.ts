// What the settings file holds, as the JSON schema electron-store validates every read and write against.
import type { Schema } from 'electron-store';
import { z } from 'zod';
import { defaultSettings as newsroomDefaults, Settings } from '../../core/settings/settings';

export const MAX_RECENT_ARTICLES = 20;

export type WindowBounds = z.infer<typeof WindowBoundsSchema>;
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;

export function defaultSettings(timeZone: string): SettingsFile {
  return {
    libraryFolder: null,
    recentArticles: [],
    windowBounds: null,
    ...newsroomDefaults(timeZone),
  };
}

/** The machine's own zone, for a first start; the reporter can change it in settings. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(150).max(100_000),
  maximized: z.boolean().optional(),
});

/** The whole settings file: the newsroom's settings (core's own schema) and this machine's state. */
export const SettingsFileSchema = Settings.extend({
  libraryFolder: z.string().max(4096).nullable(),
  recentArticles: z.array(z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)).max(MAX_RECENT_ARTICLES),
  windowBounds: WindowBoundsSchema.nullable(),
});

/**
 * The JSON Schema electron-store checks every read and write against, made from the zod schema so
 * the two can never disagree. Checks JSON Schema cannot say (a time zone Intl knows) are made by
 * settings-store.ts before a write.
 */
export const settingsSchema = z.toJSONSchema(SettingsFileSchema, { target: 'draft-07' })
  .properties as Schema<SettingsFile>;
