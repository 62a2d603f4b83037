// The Electron side of export and import: the folder and file dialogs, and the system clipboard
// that Copy as HTML writes both flavours to.
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { IMPORT_EXTENSIONS } from '../../core/ipc/contract';
import type { ExchangeHost } from '../services/services';

export interface ExchangeHostDeps {
  /** The system's open dialog, attached to the window when there is one. */
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  writeClipboard(flavours: { html: string; text: string }): void;
}

export const EXPORT_FOLDER_DIALOG: OpenDialogOptions = {
  title: 'Choose the folder to export to',
  properties: ['openDirectory', 'createDirectory'],
};

export const IMPORT_FILE_DIALOG: OpenDialogOptions = {
  title: 'Import an article',
  properties: ['openFile'],
  filters: [
    { name: 'Web pages, text and Word files', extensions: IMPORT_EXTENSIONS.map((extension) => extension.slice(1)) },
  ],
};

export function createExchangeHost(deps: ExchangeHostDeps): ExchangeHost {
  const choose = async (options: OpenDialogOptions) => {
    const answer = await deps.showOpenDialog(options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  };
  return {
    chooseExportFolder: () => choose(EXPORT_FOLDER_DIALOG),
    chooseImportFile: () => choose(IMPORT_FILE_DIALOG),
    writeClipboard: (flavours) => deps.writeClipboard(flavours),
  };
}
