// The settings behind SettingsService, kept by electron-store in the user-data folder, plus the
// per-machine state only main reads (library folder, recent articles, window bounds).
import Store from 'electron-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../../core/settings/settings';
import { BylineError } from '../../core/ipc/errors';
import type { SettingsService } from '../services/services';
import { corruptNotice, isCorruptSettingsError, moveAside, openSettingsFile } from './recover';
import {
  defaultSettings,
  MAX_RECENT_ARTICLES,
  settingsSchema,
  systemTimeZone,
  type SettingsFile,
  type WindowBounds,
} from './schema';

export interface MainSettings extends SettingsService {
  /** Why settings were reset to defaults during this run, or null. */
  notice(): string | null;
  libraryFolder(): string | null;
  setLibraryFolder(folder: string): void;
  recentArticles(): string[];
  noteRecentArticle(id: string): void;
  windowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): void;
}

export interface SettingsOptions {
  /** The user-data folder; the file is `config.json` in it. */
  folder: string;
  timeZone?: string;
  now?: () => Date;
}

const SETTINGS_KEYS = Object.keys(Settings.shape) as (keyof Settings)[];

export function openMainSettings(options: SettingsOptions): MainSettings {
  const file = join(options.folder, 'config.json');
  const now = options.now ?? (() => new Date());
  const open = () =>
    new Store<SettingsFile>({
      cwd: options.folder,
      schema: settingsSchema,
      defaults: defaultSettings(options.timeZone ?? systemTimeZone()),
      // Never let electron-store wipe a file it cannot read: recover.ts moves it aside instead.
      clearInvalidConfig: false,
    });
  let opened = openSettingsFile(file, open, now);
  let notice = opened.notice;

  // conf re-reads the file on every access, so a file broken while Byline runs is caught here too.
  const read = <T>(use: (store: Store<SettingsFile>) => T): T => {
    try {
      return use(opened.store);
    } catch (error) {
      if (!isCorruptSettingsError(error) || !existsSync(file)) throw error;
      notice = corruptNotice(moveAside(file, now()));
      opened = openSettingsFile(file, open, now);
      return use(opened.store);
    }
  };
  // A value the schema refuses is the caller's mistake, not a corrupt file: nothing is written.
  const write = (change: (store: Store<SettingsFile>) => void): void => {
    // Reading first makes conf load and check the file, so corruption is repaired before the write.
    const store = read((current) => {
      void current.store;
      return current;
    });
    try {
      change(store);
    } catch (error) {
      if (!isCorruptSettingsError(error)) throw error;
      throw new BylineError(
        'BAD_ARGUMENTS',
        `That setting does not fit: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return {
    notice: () => notice,
    get: () => read((store) => pickSettings(store.store)),
    update(patch) {
      if (patch.timeZone !== undefined && !isKnownTimeZone(patch.timeZone)) {
        throw new BylineError('BAD_ARGUMENTS', `"${patch.timeZone}" is not a time zone Byline knows.`);
      }
      write((store) => store.set(patch));
      return read((store) => pickSettings(store.store));
    },
    libraryFolder: () => read((store) => store.get('libraryFolder')),
    setLibraryFolder: (folder) => write((store) => store.set('libraryFolder', folder)),
    recentArticles: () => read((store) => store.get('recentArticles')),
    noteRecentArticle(id) {
      const recent = [id, ...read((store) => store.get('recentArticles')).filter((other) => other !== id)];
      write((store) => store.set('recentArticles', recent.slice(0, MAX_RECENT_ARTICLES)));
    },
    windowBounds: () => read((store) => store.get('windowBounds')),
    setWindowBounds: (bounds) => write((store) => store.set('windowBounds', bounds)),
  };
}

function pickSettings(file: SettingsFile): Settings {
  const settings = {} as Record<keyof Settings, unknown>;
  for (const key of SETTINGS_KEYS) settings[key] = file[key];
  return settings as Settings;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
