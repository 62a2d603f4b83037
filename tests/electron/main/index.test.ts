import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootShell } from '../../../electron/main/shell';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const window = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
  return {
    listeners,
    window,
    lock: true,
    packaged: true,
    ready: Promise.resolve(),
    calls: [] as string[],
  };
});

const shell = vi.hoisted(() => ({
  flushed: false,
  openWindow: vi.fn(),
  flushBeforeQuit: vi.fn(async () => undefined),
  shutdown: vi.fn(async () => undefined),
}));

vi.mock('electron', () => ({
  app: {
    on: (name: string, listener: (...args: unknown[]) => void) => electron.listeners.set(name, listener),
    enableSandbox: () => electron.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => electron.lock,
    whenReady: () => {
      electron.calls.push('whenReady');
      return electron.ready;
    },
    quit: vi.fn(() => electron.calls.push('quit')),
    exit: vi.fn(),
    get isPackaged() {
      return electron.packaged;
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => electron.calls.push(`privileged ${JSON.stringify(schemes)}`),
  },
  BrowserWindow: { getAllWindows: () => [electron.window] },
  Menu: { buildFromTemplate: vi.fn(() => ({ popup: vi.fn() })) },
  shell: { openExternal: vi.fn() },
}));
vi.mock('../../../electron/main/shell', () => ({ bootShell: vi.fn(async () => shell) }));

async function startMain(lock = true, packaged = true) {
  vi.resetModules();
  electron.packaged = packaged;
  electron.listeners.clear();
  electron.calls.length = 0;
  electron.lock = lock;
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { app } = await import('electron');
  return app;
}

const fire = (name: string, ...args: unknown[]) => (electron.listeners.get(name) as Listener)(...args);

beforeEach(() => {
  shell.openWindow.mockClear();
  shell.flushed = false;
});

describe('the main process entry', () => {
  it('registers byline:// as a standard, secure scheme before the app is ready, and sandboxes every page', async () => {
    await startMain();
    const privileged = electron.calls.findIndex((call) => call.startsWith('privileged'));
    expect(privileged).toBeGreaterThanOrEqual(0);
    expect(privileged).toBeLessThan(electron.calls.indexOf('whenReady'));
    expect(electron.calls[privileged]).toContain('"scheme":"byline"');
    expect(electron.calls[privileged]).toContain('"standard":true');
    expect(electron.calls[privileged]).toContain('"secure":true');
    expect(electron.calls).toContain('enableSandbox');
    expect(shell.openWindow).toHaveBeenCalledTimes(1);
  });

  it('a second start quits and leaves the first instance running', async () => {
    await startMain(false);
    expect(electron.calls).toContain('quit');
    expect(shell.openWindow).not.toHaveBeenCalled();
  });

  it('the first instance comes to the front when a second one starts', async () => {
    await startMain();
    fire('second-instance');
    expect(electron.window.restore).toHaveBeenCalled();
    expect(electron.window.focus).toHaveBeenCalled();
  });

  it('quitting waits for the renderer to flush, then shuts the services down', async () => {
    const app = await startMain();
    const beforeQuit = { preventDefault: vi.fn() };
    fire('before-quit', beforeQuit);
    expect(beforeQuit.preventDefault).toHaveBeenCalled();
    expect(shell.flushBeforeQuit).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quit).toHaveBeenCalled();

    const willQuit = { preventDefault: vi.fn() };
    fire('will-quit', willQuit);
    expect(willQuit.preventDefault).toHaveBeenCalled();
    expect(shell.shutdown).toHaveBeenCalled();
  });

  it('guards every page the moment it is created', async () => {
    await startMain();
    const on = vi.fn();
    const setWindowOpenHandler = vi.fn();
    fire('web-contents-created', {}, { on, setWindowOpenHandler });
    expect(on.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'context-menu']),
    );
    expect(setWindowOpenHandler).toHaveBeenCalled();
  });

  describe('a dev server named in ELECTRON_RENDERER_URL', () => {
    afterEach(() => {
      delete process.env.ELECTRON_RENDERER_URL;
      vi.restoreAllMocks();
    });

    /** Whether a page may navigate to `url`, as the guard installed on every page decides. */
    function navigationAllowed(url: string): boolean {
      const handlers = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
      fire(
        'web-contents-created',
        {},
        { on: (name: string, handler: never) => handlers.set(name, handler), setWindowOpenHandler: vi.fn() },
      );
      const event = { url, preventDefault: vi.fn() };
      handlers.get('will-navigate')!(event);
      return event.preventDefault.mock.calls.length === 0;
    }

    it('is not trusted when it is a remote page, even in an unpackaged run, and main says why', async () => {
      process.env.ELECTRON_RENDERER_URL = 'https://attacker.example/';
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await startMain(true, false);

      expect(bootShell).toHaveBeenLastCalledWith(['byline://app']);
      expect(navigationAllowed('https://attacker.example/')).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignores ELECTRON_RENDERER_URL'));
    });

    it('is not trusted in the packaged app, even on this machine', async () => {
      process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await startMain(true, true);

      expect(bootShell).toHaveBeenLastCalledWith(['byline://app']);
      expect(navigationAllowed('http://localhost:5173/')).toBe(false);
    });

    it('is trusted on this machine in an unpackaged run', async () => {
      process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
      await startMain(true, false);

      expect(bootShell).toHaveBeenLastCalledWith(['byline://app', 'http://localhost:5173']);
      expect(navigationAllowed('http://localhost:5173/')).toBe(true);
    });
  });
});
