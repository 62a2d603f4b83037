// The application menu. Items that act on the article are sent to the renderer as `menuCommand`,
// which owns the editor; the rest are Electron's own roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MENU_COMMANDS } from '../../core/ipc/contract';

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  sendCommand(command: MenuCommand): void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string | undefined, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'toggleDevTools' }];

  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        command('New Article', 'CmdOrCtrl+N', 'newArticle'),
        command('Duplicate Article', undefined, 'duplicateArticle'),
        command('Open Library…', 'CmdOrCtrl+O', 'openLibrary'),
        { type: 'separator' },
        command('Import…', 'CmdOrCtrl+Shift+O', 'importArticle'),
        command('Export Article…', 'CmdOrCtrl+E', 'exportArticle'),
        command('Export Library…', 'CmdOrCtrl+Shift+E', 'exportLibrary'),
        { type: 'separator' },
        command('Save', 'CmdOrCtrl+S', 'save'),
        command('Close Article', 'CmdOrCtrl+W', 'closeArticle'),
        { type: 'separator' },
        command('Settings…', 'CmdOrCtrl+,', 'openSettings'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        command('Copy as HTML', 'CmdOrCtrl+Alt+C', 'copyAsHtml'),
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'CmdOrCtrl+F', 'findInArticle'),
        command('Replace…', 'CmdOrCtrl+H', 'replaceInArticle'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        command('Toggle Dark Mode', 'CmdOrCtrl+Shift+D', 'toggleTheme'),
        command('Focus Mode', 'CmdOrCtrl+.', 'toggleFocusMode'),
        { role: 'togglefullscreen' },
        ...developer,
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}
