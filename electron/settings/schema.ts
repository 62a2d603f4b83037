// What the settings file holds, as the JSON schema electron-store validates every read and write against.
import type { Schema } from 'electron-store';
import { DATE_STYLES, defaultSettings as newsroomDefaults, THEMES, type Settings } from '../../core/settings/settings';

export const MAX_RECENT_ARTICLES = 20;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export type SettingsFile = Settings & {
  libraryFolder: string | null;
  recentArticles: string[];
  windowBounds: WindowBounds | null;
};

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

const boundsSchema = {
  type: 'object',
  properties: {
    x: { type: 'integer' },
    y: { type: 'integer' },
    width: { type: 'integer', minimum: 200, maximum: 100_000 },
    height: { type: 'integer', minimum: 150, maximum: 100_000 },
    maximized: { type: 'boolean' },
  },
  required: ['width', 'height'],
  additionalProperties: false,
} as const;

export const settingsSchema: Schema<SettingsFile> = {
  libraryFolder: { type: ['string', 'null'], maxLength: 4096 },
  recentArticles: {
    type: 'array',
    maxItems: MAX_RECENT_ARTICLES,
    items: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' },
  },
  windowBounds: { oneOf: [{ type: 'null' }, boundsSchema] },
  newsroomName: { type: 'string', maxLength: 200 },
  defaultByline: { type: 'string', maxLength: 200 },
  defaultBylineRole: { type: 'string', maxLength: 200 },
  timeZone: { type: 'string', minLength: 1, maxLength: 64 },
  theme: { type: 'string', enum: [...THEMES] },
  sections: { type: 'array', maxItems: 200, items: { type: 'string', minLength: 1, maxLength: 100 } },
  headlineLimit: { type: 'integer', minimum: 10, maximum: 1000 },
  smartTypography: { type: 'boolean' },
  yourName: { type: 'string', maxLength: 200 },
  dateStyle: { type: 'string', enum: [...DATE_STYLES] },
  dateLabels: {
    type: 'object',
    properties: Object.fromEntries(
      ['published', 'lastUpdated', 'update', 'correction', 'clarification'].map((key) => [
        key,
        { type: 'string', minLength: 1, maxLength: 200 },
      ]),
    ),
    required: ['published', 'lastUpdated', 'update', 'correction', 'clarification'],
    additionalProperties: false,
  },
  baseUrl: { type: 'string', maxLength: 2000, pattern: '^(|https?://.+)$' },
  exportStylesheet: { type: 'boolean' },
  exportQuoteSources: { type: 'boolean' },
};
