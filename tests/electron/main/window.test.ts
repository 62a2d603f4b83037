import { describe, expect, it, vi } from 'vitest';
import { boundsToRestore, createMainWindow } from '../../../electron/main/window';

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; shown: number; fire(name: string): void }[]);

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly listeners = new Map<string, () => void>();
    constructor(options: Record<string, unknown>) {
      created.push({ options, shown: 0, fire: (name) => this.listeners.get(name)?.() });
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    on() {}
    show() {
      created.at(-1)!.shown += 1;
    }
    maximize() {}
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }] },
}));

const laptop = { x: 0, y: 0, width: 1440, height: 900 };

describe('the main window', () => {
  it('runs the page isolated, sandboxed, without Node, with web security and the spellchecker', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', bounds: null, saveBounds: () => undefined });
    expect(created.at(-1)!.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('stays hidden until the page is painted', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', bounds: null, saveBounds: () => undefined });
    const window = created.at(-1)!;
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(0);
    window.fire('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('comes back where it was', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: false };
    expect(boundsToRestore(saved, [laptop])).toEqual(saved);
  });

  it('keeps its size but not its place when that monitor is gone', () => {
    expect(boundsToRestore({ x: 3000, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
      maximized: undefined,
    });
  });

  it('opens at the default size on first start', () => {
    expect(boundsToRestore(null, [laptop])).toEqual({ width: 1200, height: 800 });
  });
});
