// Boots Byline's main process in a fixed order (settings, services, IPC, protocol, menu, window)
// and shuts it down in reverse, so nothing writes after the library is closed.
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventPayload } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import type { EventName } from '../../core/ipc/names';
import { createHandlers } from '../services/handlers';
import type { SettingsService } from '../services/services';
import { openMainSettings } from '../settings/settings-store';
import { APP_ENTRY, APP_SCHEME, devServerUrl } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { createCloseFlush, holdCloseUntilFlushed, type CloseFlush } from './close-flush';
import { createExchangeHost } from './exchange-host';
import { installIpc, sendEvent } from './ipc';
import { createLibraryHost } from './library-host';
import { menuTemplate } from './menu';
import { createAppServices } from './app-services';
import { denyPermissions } from './web-guards';
import { createMainWindow } from './window';

export interface Shell {
  openWindow(): BrowserWindow;
  /** Lets the renderer flush its saves before the app quits. */
  flushBeforeQuit(): Promise<void>;
  readonly flushed: boolean;
  shutdown(): Promise<void>;
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** `origins`: the app's own, plus the dev server's while developing (see app-origin.ts). */
export async function bootShell(origins: readonly string[]): Promise<Shell> {
  const devServer = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const settings = openMainSettings({ folder: app.getPath('userData') });
  nativeTheme.themeSource = settings.get().theme;

  let window: BrowserWindow | null = null;
  let flush: CloseFlush | null = null;
  const emit = <K extends EventName>(name: K, payload: EventPayload<K>) => {
    if (window && !window.isDestroyed()) sendEvent(window.webContents, name, payload);
  };

  const services = createAppServices({
    userData: app.getPath('userData'),
    searchWorker: here('./search-worker.js'),
    trash: (absolutePath) => shell.trashItem(absolutePath),
    onDiskChange: (change) => {
      emit('libraryChanged', {});
      if (change.id) emit('articleChangedOnDisk', { id: change.id, deleted: change.kind === 'removed' });
    },
    onListChanged: () => emit('libraryChanged', {}),
  });

  const host = createLibraryHost({
    settings,
    proposedFolder: join(app.getPath('documents'), 'Byline'),
    chooseFolder: async () => {
      const options: OpenDialogOptions = {
        title: 'Choose the library folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    openLibraryAt: (folder) => services.openLibraryAt(folder),
    libraryChanged: () => emit('libraryChanged', {}),
    showItemInFolder: (absolutePath) => shell.showItemInFolder(absolutePath),
    readyToClose: () => flush?.readyToClose(),
  });

  const settingsWithEvents: SettingsService = {
    get: () => settings.get(),
    update(patch) {
      const next = settings.update(patch);
      nativeTheme.themeSource = next.theme;
      emit('settingsChanged', next);
      return next;
    },
  };
  const exchange = createExchangeHost({
    showOpenDialog: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
    writeClipboard: ({ html, text }) => clipboard.write({ html, text }),
  });
  const handlers: Handlers = createHandlers({
    host,
    clock: services.clock,
    settings: settingsWithEvents,
    backups: services.backups,
    library: services.library,
    exchange: {
      host: exchange,
      exportProgress: (progress) => emit('exportProgress', progress),
      importWorker: here('./import-worker.js'),
    },
  });
  const opened = handlers.openArticle;
  handlers.openArticle = async (args) => {
    const article = await opened(args);
    settings.noteRecentArticle(article.article.id);
    return article;
  };

  const folder = settings.libraryFolder();
  // A library folder that vanished (unplugged drive) leaves the app running to choose another.
  if (folder)
    await services
      .openLibraryAt(folder)
      .catch((error: unknown) => console.error(`Byline could not open the library at ${folder}:`, error));

  const uninstallIpc = installIpc(ipcMain, handlers, origins);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(here('../renderer')));
  denyPermissions(session.defaultSession);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        isMac: process.platform === 'darwin',
        sendCommand: (command) => emit('menuCommand', { command }),
      }),
    ),
  );

  return {
    openWindow() {
      const opening = createMainWindow({
        preload: here('../preload/index.cjs'),
        bounds: settings.windowBounds(),
        icon: join(app.getAppPath(), 'assets', 'icon.png'),
        saveBounds: (bounds) => settings.setWindowBounds(bounds),
      });
      window = opening;
      flush = createCloseFlush(() => sendEvent(opening.webContents, 'beforeClose', {}));
      holdCloseUntilFlushed(opening, flush);
      void opening.loadURL(devServer ?? APP_ENTRY);
      return opening;
    },
    flushBeforeQuit: () => flush?.flush() ?? Promise.resolve(),
    get flushed() {
      return !window || window.isDestroyed() || (flush?.done ?? true);
    },
    async shutdown() {
      uninstallIpc();
      protocol.unhandle(APP_SCHEME);
      await services.shutdown();
    },
  };
}
