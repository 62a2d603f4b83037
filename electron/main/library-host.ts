// The Electron side of createHandlers' Host: where the library lives, the folder dialog, the file
// manager, and the renderer's word that it may close.
import { mkdir } from 'node:fs/promises';
import type { LibraryState } from '../../core/ipc/contract';
import { BylineError } from '../../core/ipc/errors';
import type { Host } from '../services/services';
import type { MainSettings } from '../settings/settings-store';

export interface LibraryHostDeps {
  settings: MainSettings;
  /** `Byline` in the reporter's Documents folder. */
  proposedFolder: string;
  /** The system's folder dialog; null when the reporter cancels. */
  chooseFolder(): Promise<string | null>;
  /** Closes the open library's services, if any, and opens them for `folder`. */
  openLibraryAt(folder: string): Promise<void>;
  libraryChanged(): void;
  showItemInFolder(absolutePath: string): void;
  readyToClose(): void;
}

export function createLibraryHost(deps: LibraryHostDeps): Host {
  const libraryState = (): LibraryState => ({
    folder: deps.settings.libraryFolder(),
    proposedFolder: deps.proposedFolder,
    settingsNotice: deps.settings.notice(),
  });

  return {
    libraryState,
    async setupLibrary(choice) {
      const folder = choice === 'proposed' ? deps.proposedFolder : await deps.chooseFolder();
      if (folder === null) return libraryState();
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw new BylineError(
          'IO',
          `Byline could not create the library folder ${folder}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await deps.openLibraryAt(folder);
      deps.settings.setLibraryFolder(folder);
      deps.libraryChanged();
      return libraryState();
    },
    showInFolder: (absolutePath) => deps.showItemInFolder(absolutePath),
    readyToClose: () => deps.readyToClose(),
  };
}
