import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../core/ipc/contract';
import { menuTemplate, type MenuCommand } from '../../../electron/main/menu';

vi.mock('electron', () => ({}));

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function menu(isPackaged: boolean) {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate({ isPackaged, isMac: false, sendCommand: (command) => sent.push(command) }));
  const byLabel = (label: string) => items.find((item) => item.label === label)!;
  return { items, sent, byLabel };
}

describe('the application menu', () => {
  it.each([
    ['New Article', 'CmdOrCtrl+N', 'newArticle'],
    ['Open Library…', 'CmdOrCtrl+O', 'openLibrary'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Close Article', 'CmdOrCtrl+W', 'closeArticle'],
    ['Toggle Dark Mode', 'CmdOrCtrl+Shift+D', 'toggleTheme'],
    ['Settings…', 'CmdOrCtrl+,', 'openSettings'],
    ['Find…', 'CmdOrCtrl+F', 'findInArticle'],
    ['Replace…', 'CmdOrCtrl+H', 'replaceInArticle'],
    ['Focus Mode', 'CmdOrCtrl+.', 'toggleFocusMode'],
    ['Import…', 'CmdOrCtrl+Shift+O', 'importArticle'],
    ['Export Article…', 'CmdOrCtrl+E', 'exportArticle'],
    ['Export Library…', 'CmdOrCtrl+Shift+E', 'exportLibrary'],
    ['Copy as HTML', 'CmdOrCtrl+Alt+C', 'copyAsHtml'],
  ])('%s (%s) tells the renderer to %s', (label, accelerator, command) => {
    const { byLabel, sent } = menu(true);
    const item = byLabel(label);
    expect(item.accelerator).toBe(accelerator);
    (item.click as () => void)();
    expect(sent).toEqual([command]);
  });

  it('gives no two items the same shortcut', () => {
    const { items } = menu(true);
    const accelerators = items.flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator] : []));
    expect(accelerators.length).toBeGreaterThan(10);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('duplicates the open article from the File menu', () => {
    const { byLabel, sent } = menu(true);
    (byLabel('Duplicate Article').click as () => void)();
    expect(sent).toEqual(['duplicateArticle']);
  });

  it('sends every command the renderer understands from some menu item', () => {
    const { items, sent } = menu(true);
    for (const item of items) if (item.click) (item.click as () => void)();
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers the usual editing, zoom and quit roles', () => {
    const roles = menu(true)
      .items.map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'quit',
        'windowMenu',
      ]),
    );
  });

  it('offers developer tools only outside a packaged app', () => {
    expect(menu(true).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(menu(false).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
