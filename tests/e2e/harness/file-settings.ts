// A small file-backed SettingsService (plus the chosen library folder) standing in for
// electron-store, so settings and the first-start choice survive a restart of the services.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { Settings } from '../../../core/ipc/contract';
import { defaultSettings } from '../../../core/settings/settings';
import type { SettingsService } from '../../../electron/services/services';

const Stored = z.object({ libraryFolder: z.string().nullable(), settings: Settings });
type Stored = z.infer<typeof Stored>;

export const DEFAULT_SETTINGS: Settings = defaultSettings('UTC');

export class FileSettings implements SettingsService {
  private stored: Stored;

  constructor(private readonly file: string) {
    this.stored = readStored(file);
  }

  get(): Settings {
    return { ...this.stored.settings };
  }

  update(patch: Partial<Settings>): Settings {
    this.stored = { ...this.stored, settings: Settings.parse({ ...this.stored.settings, ...patch }) };
    this.persist();
    return this.get();
  }

  libraryFolder(): string | null {
    return this.stored.libraryFolder;
  }

  chooseLibraryFolder(folder: string): void {
    this.stored = { ...this.stored, libraryFolder: folder };
    this.persist();
  }

  private persist(): void {
    writeSettingsFile(this.file, this.stored);
  }
}

/** Writes the file the way a test prepares "the library is already set up". */
export function writeSettingsFile(file: string, stored: Stored): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(stored, null, 2));
  renameSync(`${file}.tmp`, file);
}

function readStored(file: string): Stored {
  try {
    return Stored.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { libraryFolder: null, settings: DEFAULT_SETTINGS };
  }
}
