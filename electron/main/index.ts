// Byline's main process: one instance, a privileged app scheme, every page guarded, then boot.
import { app, BrowserWindow, Menu, protocol, shell, type WebContents } from 'electron';
import { devServerUrl, trustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { contextMenuTemplate } from './context-menu';
import { externalLink } from './external-links';
import { bootShell, type Shell } from './shell';
import { guardWebContents } from './web-guards';

// Must happen before `ready`: a standard, secure scheme gets a real origin, so 'self' in the CSP
// and the sender check in ipc.ts mean the app and nothing else.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const devServer = devServerUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
if (devServer === null && process.env.ELECTRON_RENDERER_URL) {
  console.warn(
    'Byline ignores ELECTRON_RENDERER_URL: only an unpackaged run loads from a dev server, and only from http://localhost, 127.0.0.1 or [::1].',
  );
}
const origins = trustedOrigins(devServer);
let byline: Shell | null = null;
let shutDown = false;

// Every page is guarded from its creation, the main window and any the future adds.
app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, {
    trustedOrigins: origins,
    openExternal: (url) => {
      const link = externalLink(url);
      if (link) void shell.openExternal(link);
    },
  });
  showContextMenu(contents);
});

function showContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (items.length > 0) Menu.buildFromTemplate(items).popup();
  });
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  byline = await bootShell(origins);
  byline.openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  app.on('activate', () => {
    if (byline && BrowserWindow.getAllWindows().length === 0) byline.openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (!byline || byline.flushed) return;
    event.preventDefault();
    void byline.flushBeforeQuit().then(() => app.quit());
  });
  app.on('will-quit', (event) => {
    if (!byline || shutDown) return;
    event.preventDefault();
    void byline
      .shutdown()
      .catch((error: unknown) => console.error('Byline did not shut down cleanly:', error))
      .finally(() => {
        shutDown = true;
        app.quit();
      });
  });
  start().catch((error: unknown) => {
    console.error('Byline could not start:', error);
    app.exit(1);
  });
}
