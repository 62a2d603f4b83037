import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../core/ipc/dispatch';
import { OPERATION_NAMES } from '../../../core/ipc/names';
import { installIpc, sendEvent } from '../../../electron/main/ipc';

vi.mock('electron', () => ({}));

type Invoke = (event: unknown, args: unknown) => Promise<unknown>;

function setUp(origins = ['byline://app']) {
  const channels = new Map<string, Invoke>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Invoke) => void channels.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => void channels.delete(channel)),
  };
  const getSettings = vi.fn(async () => ({
    newsroomName: 'Gazette',
    defaultByline: '',
    timeZone: 'UTC',
    theme: 'system' as const,
  }));
  const handlers = { getSettings } as unknown as Handlers;
  const uninstall = installIpc(ipcMain as never, handlers, origins);
  const call = (channel: string, event: unknown, args: unknown = {}) => channels.get(channel)!(event, args);
  return { channels, call, getSettings, uninstall };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC from the page', () => {
  it('gives every operation its own channel, and removes them all at shutdown', () => {
    const { channels, uninstall } = setUp();
    expect([...channels.keys()].sort()).toEqual(OPERATION_NAMES.map((name) => `byline:${name}`).sort());
    uninstall();
    expect(channels.size).toBe(0);
  });

  it("runs the handler for the app's own page", async () => {
    const { call, getSettings } = setUp();
    await expect(call('byline:getSettings', frame('byline://app/index.html'))).resolves.toMatchObject({
      ok: true,
      value: { newsroomName: 'Gazette' },
    });
    expect(getSettings).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a web page', frame('https://example.com/')],
    ['a look-alike host', frame('byline://app.attacker.test/index.html')],
    ['a local file', frame('file:///home/ana/evil.html')],
    ['a frame inside the app', frame('byline://app/index.html', { url: 'byline://app/index.html' })],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s with FORBIDDEN and runs nothing', async (_label, event) => {
    const { call, getSettings } = setUp();
    await expect(call('byline:getSettings', event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(getSettings).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is among the trusted origins', async () => {
    const dev = setUp(['byline://app', 'http://localhost:5173']);
    await expect(dev.call('byline:getSettings', frame('http://localhost:5173/'))).resolves.toMatchObject({ ok: true });
    const production = setUp();
    await expect(production.call('byline:getSettings', frame('http://localhost:5173/'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('validates arguments before the handler runs', async () => {
    const { call, getSettings } = setUp();
    await expect(
      call('byline:getSettings', frame('byline://app/'), { path: '../../etc/passwd' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(getSettings).not.toHaveBeenCalled();
  });
});

describe('events to the page', () => {
  const contents = (destroyed = false) => ({ send: vi.fn(), isDestroyed: () => destroyed });

  it("sends a valid payload on the event's channel", () => {
    const page = contents();
    sendEvent(page, 'articleChangedOnDisk', { id: 'abcdefgh1234', deleted: true });
    expect(page.send).toHaveBeenCalledWith('byline:articleChangedOnDisk', { id: 'abcdefgh1234', deleted: true });
  });

  it('refuses a payload that breaks the contract', () => {
    const page = contents();
    expect(() => sendEvent(page, 'menuCommand', { command: 'formatDisk' } as never)).toThrow();
    expect(page.send).not.toHaveBeenCalled();
  });

  it('sends nothing to a closed window', () => {
    const page = contents(true);
    sendEvent(page, 'libraryChanged', {});
    expect(page.send).not.toHaveBeenCalled();
  });
});
