// The main window: locked-down web preferences, shown only once painted, bounds remembered.
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { DEFAULT_WINDOW_SIZE, type WindowBounds } from '../settings/schema';

/** Saved bounds when they still overlap a connected display (a monitor may be gone), else the default size. */
export function boundsToRestore(saved: WindowBounds | null, displays: readonly Rectangle[]): WindowBounds {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE };
  const sizeOnly = { width: saved.width, height: saved.height, maximized: saved.maximized };
  const { x, y, width } = saved;
  if (x === undefined || y === undefined) return sizeOnly;
  // Enough of the title bar must be on a screen to grab it.
  const reachable = displays.some(
    (area) =>
      x < area.x + area.width - 50 && x + width > area.x + 50 && y >= area.y - 10 && y < area.y + area.height - 50,
  );
  return reachable ? saved : sizeOnly;
}

export interface MainWindowOptions {
  preload: string;
  bounds: WindowBounds | null;
  icon?: string;
  saveBounds(bounds: WindowBounds): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const restored = boundsToRestore(
    options.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(restored.x !== undefined && restored.y !== undefined ? { x: restored.x, y: restored.y } : {}),
    width: restored.width,
    height: restored.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Byline',
    ...(options.icon ? { icon: options.icon } : {}),
    // Written out here, not built elsewhere, so electronegativity can read every flag.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // A middle click would open a link in a new window; new windows are refused anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Showing before the first paint flashes an empty window.
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(pending);
    if (window.isDestroyed() || window.isMinimized()) return;
    const { x, y, width, height } = window.getNormalBounds();
    options.saveBounds({ x, y, width, height, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
  return window;
}
